using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>The service team's tasks that one customer's special needs add to a window.</summary>
public static class ServiceTasks
{
    /// <summary>
    /// A supply flag when a customer who cannot lose supply (continuous supply, medical equipment) faces a planned
    /// outage; a call (a visit without a phone) for an elderly customer. Descriptions in the desk's words, the call
    /// script in the customer's.
    /// </summary>
    public static IEnumerable<ServiceTask> For(string caseId, Customer customer, WorkWindow window, DateTimeOffset dueUtc, NoticeWording desk, NoticeComposer customerComposer)
    {
        var needs = new List<string>();
        if (customer.Has(CustomerNeeds.ContinuousSupply)) needs.Add(desk.Render("need.continuousSupply"));
        if (customer.Has(CustomerNeeds.MedicalEquipment)) needs.Add(desk.Render("need.medicalEquipment"));
        if (window.PlannedOutage && needs.Count > 0)
        {
            yield return new ServiceTask(
                NoticeKeys.For(caseId, customer.Account, "supply-flag", window.StartUtc), ServiceTaskKind.SupplyFlag, customer.Account, customer.Name, dueUtc,
                desk.Render("task.supplyFlag", new Dictionary<string, string>
                {
                    ["customerName"] = customer.Name,
                    ["account"] = customer.Account,
                    ["need"] = string.Join(desk.Render("need.separator"), needs),
                    ["outageDuration"] = desk.Duration(NoticeWording.OutageLength(window)),
                    ["window"] = desk.Window(window),
                }),
                null);
        }

        if (customer.Has(CustomerNeeds.Elderly))
        {
            var values = new Dictionary<string, string> { ["customerName"] = customer.Name, ["account"] = customer.Account, ["due"] = desk.Moment(dueUtc) };
            if (customer.Phone is not null) values["phone"] = customer.Phone;
            yield return new ServiceTask(
                NoticeKeys.For(caseId, customer.Account, "phone-call", window.StartUtc), ServiceTaskKind.PhoneCall, customer.Account, customer.Name, dueUtc,
                desk.Render(customer.Phone is null ? "task.visit" : "task.phoneCall", values),
                customerComposer.PhoneScript(customer));
        }
    }
}
