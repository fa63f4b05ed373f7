using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>
/// The sample customers each planted defect affects, from what the generator itself built: which transformer it put on
/// which pole, and which customers it attached to that transformer. The feeder is built from its source end (P-F3-01 is
/// nearest the substation), so a defect on a support cuts off the transformers on that support and the ones after it; a
/// defect on a transformer affects its customers, one on a whole line every transformer along it.
/// </summary>
internal static class ExpectedAffectedCustomers
{
    public static IReadOnlyList<string> For(SceneModel scene, PlantedDefect defect, IReadOnlyList<SampleCustomer> customers)
    {
        var transformers = TransformersCutOff(scene, defect.AssetId);
        return customers.Where(c => transformers.Contains(c.Transformer)).Select(c => c.Account).ToList();
    }

    private static HashSet<string> TransformersCutOff(SceneModel scene, string assetId)
    {
        var transformer = scene.Transformer;
        var cut = new HashSet<string>(StringComparer.Ordinal);
        if (assetId == transformer.Id)
        {
            cut.Add(transformer.Id);
        }

        foreach (var line in scene.Lines)
        {
            var from = line.Id == assetId ? 0 : IndexOf(line.SupportIds, assetId);
            if (from >= 0 && IndexOf(line.SupportIds, transformer.PoleId) >= from)
            {
                cut.Add(transformer.Id);
            }
        }

        return cut;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id) return i;
        }

        return -1;
    }
}
