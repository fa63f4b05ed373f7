using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Explanations;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed class AdviceCatalogueTests
{
    private static readonly AdviceCatalogue Catalogue = AdviceCatalogue.Default;

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void HouseholdAndIndustrialGetDifferentAdvice(string language)
    {
        var household = Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Household, language);
        var industrial = Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Industrial, language);

        var householdOwn = household.Where(a => a.Topic == AdviceTopic.CustomerType).Select(a => a.Text).ToList();
        var industrialOwn = industrial.Where(a => a.Topic == AdviceTopic.CustomerType).Select(a => a.Text).ToList();
        Assert.NotEmpty(householdOwn);
        Assert.NotEmpty(industrialOwn);
        Assert.Empty(householdOwn.Intersect(industrialOwn));
    }

    [Fact]
    public void IndustrialAdviceCoversMeteringPowerFactorLoadBalancingAndEnergyManagement()
    {
        var text = string.Join(" ", Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Industrial, "en").Select(a => a.Text));
        Assert.Contains("meter", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("power factor", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("three phases", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("energy management", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("功率因数", string.Join(" ", Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Industrial, "zh-CN").Select(a => a.Text)));
    }

    [Fact]
    public void HouseholdAdviceIsAboutSafeUseAndEfficiency()
    {
        var text = string.Join(" ", Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Household, "en").Select(a => a.Text));
        Assert.Contains("overload sockets", text);
        Assert.Contains("LED", text);
        Assert.DoesNotContain("power factor", text);
    }

    [Fact]
    public void CriticalCustomersAreToldToTestTheirBackupSupply()
    {
        var text = string.Join(" ", Catalogue.For(ExplanationSamples.HotClamp(), CustomerType.Critical, "en").Select(a => a.Text));
        Assert.Contains("backup generator", text);
    }

    [Theory]
    [InlineData(CustomerType.Household, "en")]
    [InlineData(CustomerType.Commercial, "zh-CN")]
    [InlineData(CustomerType.Industrial, "en")]
    [InlineData(CustomerType.Critical, "zh-CN")]
    public void AdviceAlwaysStartsWithSafety(CustomerType type, string language)
    {
        foreach (var finding in new[] { ExplanationSamples.HotClamp(), ExplanationSamples.BirdNest() })
        {
            var advice = Catalogue.For(finding, type, language);
            var firstOther = advice.ToList().FindIndex(a => a.Topic != AdviceTopic.Safety);
            Assert.True(firstOther > 0, "safety advice must come first");
            Assert.All(advice.Skip(firstOther), a => Assert.NotEqual(AdviceTopic.Safety, a.Topic));
        }
        Assert.Contains("热线", Catalogue.For(ExplanationSamples.HotClamp(), type, "zh-CN")[0].Text);
    }

    [Fact]
    public void FindingKindsPickTheirOwnTextsAndUnknownOnesFallBackToGeneric()
    {
        Assert.Equal(FindingKinds.ThermalConnection, FindingKinds.Of(ExplanationSamples.HotClamp()));
        Assert.Equal(FindingKinds.VisualBirdNest, FindingKinds.Of(ExplanationSamples.BirdNest()));
        var unknown = ExplanationSamples.HotClamp() with { Component = "crossarm" };
        Assert.Equal(FindingKinds.Generic, FindingKinds.Of(unknown));
        Assert.Contains("nest", Catalogue.WhatWasFound(ExplanationSamples.BirdNest(), "en"));
        Assert.Contains("鸟窝", Catalogue.WhatWasFound(ExplanationSamples.BirdNest(), "zh-CN"));
        Assert.Contains("defect", Catalogue.WhatWasFound(unknown, "en"));
    }

    [Fact]
    public void ACatalogueMissingALanguageIsRefused()
    {
        const string json = """{"safety":{"en":["a"]},"findings":{"generic":{"found":{"en":"f"},"why":{"en":"w"},"advice":{"en":[]}}},"customerTypes":{"household":{"en":[]},"commercial":{"en":[]},"industrial":{"en":[]},"critical":{"en":[]}}}""";
        var error = Assert.Throws<InvalidDataException>(() => AdviceCatalogue.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.Contains("zh-CN", error.Message);
    }
}
