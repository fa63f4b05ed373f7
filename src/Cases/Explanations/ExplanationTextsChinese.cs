using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>The Simplified Chinese wording of a results explanation, as a service desk writes to customers.</summary>
internal static class ExplanationTextsChinese
{
    public static ExplanationTexts Texts { get; } = new(
        Language: "zh-CN",
        Title: "巡检结果说明",
        GreetingFormatName: "尊敬的{0}：",
        IntroFormatCaseIdDate: "我们对为您供电的线路设备进行了巡检。现将发现的问题、我们的处理情况以及您可以做的事情说明如下。工单号 {0}，巡检日期 {1}。",
        FoundHeading: "发现了什么",
        WhyHeading: "为什么重要",
        EvidenceHeading: "现场图像",
        ThermalCaption: "红外热像图：颜色越亮温度越高",
        VisualCaption: "同一位置的可见光照片",
        NoEvidence: "此项缺陷没有保存图像。",
        ChartHeading: "温度对比",
        ChartHotSpot: "发热点",
        ChartReference: "参照",
        ChartAmbient: "环境",
        ChartAxisCelsius: "温度（°C）",
        ChartAxisCounts: "相机读数（计数值，非°C）",
        ChartHistoryTitle: "历次巡检发热点",
        GradeHeading: "缺陷等级",
        GradeFormatLevelStandard: "等级：{0}（依据标准 {1}）",
        RuleFormatIdCitation: "判定规则 {0}：{1}",
        UrgencyFormat: "处理时限：{0}",
        WorkHeading: "处理情况",
        NoWorkRecorded: "本工单的处理记录尚未完成，检修完成后我们会及时告知您。",
        AdviceHeading: "温馨提示",
        MeasurementHeading: "测量方法",
        MeasuredWithFormatCamera: "拍摄设备：{0}",
        MeasuredOnFormatDate: "拍摄时间：{0}",
        HotSpotFormatValue: "最高温度点：{0}",
        ReferenceFormatValueSource: "对比参照：{0}（{1}）",
        AmbientFormatValueSource: "环境温度：{0}（{1}）",
        DifferenceFormatKelvinPercent: "温差：{0} K，相对温差 {1} %",
        CameraAccuracy: "此类红外热像仪的测温误差约为 ±2 至 ±5 °C；缺陷等级主要依据温差判定，温差比单点读数更可靠。",
        CountsNote: "本次相机输出的是未经温度标定的原始读数（计数值），只用于同一图像内各点之间的比较，并不是温度。",
        HistoryHeading: "该设备的历次巡检",
        HistoryFormatDateValueGrade: "{0}：最高点 {1}，等级 {2}",
        FirstInspection: "这是该设备的首次巡检记录。",
        ContactLine: "如有疑问，请拨打24小时供电服务热线，并提供您的工单号。",
        CountsUnit: "计数值",
        GradeNames: new Dictionary<string, string>
        {
            ["none"] = "无缺陷",
            ["normal"] = "正常",
            ["general"] = "一般缺陷",
            ["serious"] = "严重缺陷",
            ["critical"] = "危急缺陷",
            ["possible-deficiency"] = "可能存在缺陷",
            ["probable-deficiency"] = "很可能存在缺陷",
            ["monitor"] = "需持续监测",
            ["major-discrepancy"] = "重大异常",
        },
        ReferenceSources: new Dictionary<string, string>
        {
            ["similar-component"] = "相同负荷下的同类部件",
            ["surroundings"] = "部件周围",
            ["ambient"] = "环境空气",
            ["scene-median"] = "整幅图像的一般水平",
            ["weather"] = "气象记录",
            ["capture"] = "相机记录",
        },
        Urgencies: new Dictionary<CaseUrgency, string>
        {
            [CaseUrgency.Minor] = "下次例行巡检时复查",
            [CaseUrgency.General] = "列入检修计划",
            [CaseUrgency.Serious] = "尽快检修",
            [CaseUrgency.Critical] = "立即检修",
        });
}
