using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Tests.Quality;

public class QualityGateTests
{
    private static readonly HashSet<string> NoEarlierFiles = [];

    private static readonly RadiometricParameters Usual = new(0.95, 10, 20, 20, 20, 1, 0.5);

    [Fact]
    public void PlacedRadiometricCaptureIsAcceptedWithoutReasons()
    {
        var verdict = QualityGate.Evaluate(Input(thermal: Thermal(Usual)), NoEarlierFiles);

        Assert.True(verdict.Accepted);
        Assert.Equal("accepted", verdict.Verdict);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void ThermalLookingFileWithoutTemperatureDataIsRejectedAsNotRadiometric()
    {
        var problem = new ThermalProblem("DJI_0001_T.JPG is not radiometric: a palette-only export.", NotRadiometric: true);

        var verdict = QualityGate.Evaluate(Input(looksThermal: true, problem: problem), NoEarlierFiles);

        Assert.False(verdict.Accepted);
        Assert.Equal([QualityCodes.NotRadiometric], verdict.Reasons.Select(r => r.Code));
        Assert.Contains("palette-only", verdict.Reasons[0].Message);
    }

    [Fact]
    public void ThermalCameraSizedJpegThatDidNotDecodeIsNotRadiometricEvenWithAPlainName()
    {
        var metadata = Metadata() with { Model = "M30T", ImageWidth = 640, ImageHeight = 512 };

        var verdict = QualityGate.Evaluate(Input(metadata: metadata, looksThermal: false), NoEarlierFiles);

        Assert.True(verdict.Has(QualityCodes.NotRadiometric));
    }

    [Fact]
    public void DamagedThermalFileIsUnreadableNotNonRadiometric()
    {
        var verdict = QualityGate.Evaluate(Input(looksThermal: true, problem: new ThermalProblem("truncated", NotRadiometric: false)), NoEarlierFiles);

        Assert.True(verdict.Has(QualityCodes.Unreadable));
        Assert.False(verdict.Has(QualityCodes.NotRadiometric));
    }

    [Fact]
    public void CaptureWithoutGpsIsRejected()
    {
        var verdict = QualityGate.Evaluate(Input(metadata: Metadata() with { Gps = null }), NoEarlierFiles);

        Assert.False(verdict.Accepted);
        Assert.Equal([QualityCodes.NoGps], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void MissingGimbalPitchIsOnlyAWarning()
    {
        var metadata = Metadata() with { Pose = new CapturePose(12, null, 0, 10, 0, 0, 40, 140) };

        var verdict = QualityGate.Evaluate(Input(metadata: metadata), NoEarlierFiles);

        Assert.True(verdict.Accepted);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal((QualityCodes.NoPose, QualitySeverity.Warning), (reason.Code, reason.Severity));
    }

    [Theory]
    [InlineData(0.05, 10, 0.5, 20, "Emissivity")]
    [InlineData(0.95, -1, 0.5, 20, "Object distance")]
    [InlineData(0.95, 1500, 0.5, 20, "Object distance")]
    [InlineData(0.95, 10, 1.5, 20, "humidity")]
    [InlineData(0.95, 10, 0.5, 95, "Atmospheric temperature")]
    [InlineData(0.95, 10, 0.5, -70, "Atmospheric temperature")]
    public void ParametersOutsideTheCameraRangeAreRejected(double emissivity, double distance, double humidity, double airCelsius, string named)
    {
        var parameters = Usual with { Emissivity = emissivity, ObjectDistanceMeters = distance, RelativeHumidity = humidity, AtmosphericTemperatureCelsius = airCelsius };

        var verdict = QualityGate.Evaluate(Input(thermal: Thermal(parameters)), NoEarlierFiles);

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(QualityCodes.OutOfRange, reason.Code);
        Assert.Contains(named, reason.Message);
    }

    [Fact]
    public void RawSizeUnlikeTheCameraIsOutOfRange()
    {
        var image = new ThermalImage("dji-rjpeg", "DJI", "M30T", new TemperatureMap(320, 256, new float[320 * 256], false), null, null);

        var verdict = QualityGate.Evaluate(Input(thermal: image.Header), NoEarlierFiles);

        Assert.Equal(QualityCodes.OutOfRange, Assert.Single(verdict.Reasons).Code);
        Assert.Contains("640x512", verdict.Reasons[0].Message);
    }

    [Fact]
    public void SameHashAsAnEarlierFileIsADuplicate()
    {
        var verdict = QualityGate.Evaluate(Input(sha256: "ab12"), new HashSet<string> { "ab12" });

        Assert.False(verdict.Accepted);
        Assert.Equal([QualityCodes.Duplicate], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void UnreadableFileGetsThatReasonAlone()
    {
        var verdict = QualityGate.Evaluate(Input(metadata: null) with { ReadProblem = "empty (0 bytes)" }, NoEarlierFiles);

        Assert.Equal(QualityCodes.Unreadable, Assert.Single(verdict.Reasons).Code);
        Assert.Equal("empty (0 bytes)", verdict.Reasons[0].Message);
        Assert.False(verdict.Accepted);
    }

    private static CaptureMetadata Metadata() => new(
        "DJI_0001_W.JPG", "DJI", "M30T", DateTimeOffset.UnixEpoch, new GpsPosition(47.1, 8.5, 500),
        new CapturePose(12, -45, 0, 10, 0, 0, 40, 540), 4.5, 24, null, null, 4000, 3000);

    private static ThermalHeader Thermal(RadiometricParameters p) =>
        new ThermalImage("flir-fff", "FLIR", "Duo Pro R", new TemperatureMap(2, 2, [20, 21, 22, 23], true), new PlanckConstants(17000, 1430, 1, -7000, 0.01), p).Header;

    private static QualityInput Input(
        CaptureMetadata? metadata = null, bool looksThermal = false, ThermalHeader? thermal = null, ThermalProblem? problem = null, string sha256 = "00") =>
        new("f.JPG", sha256, metadata ?? Metadata(), looksThermal || thermal is not null, thermal, problem, null);
}
