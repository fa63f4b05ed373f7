using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class RadiometricConverterTests
{
    private static readonly PlanckConstants Planck = new(R1: 17837.531, B: 1450.4, F: 1, O: -1143, R2: 0.012332781);

    [Theory]
    [InlineData(10000)]
    [InlineData(16206)]
    [InlineData(30000)]
    public void WithUnitEmissivityNoDistanceAndClearWindowItIsTheInversePlanckFunction(int raw)
    {
        var parameters = new RadiometricParameters(1, 0, 20, 20, 20, 1, 0.5);
        var converter = new RadiometricConverter(Planck, AtmosphericConstants.FlirDefault, parameters);

        var expected = (Planck.B / Math.Log((Planck.R1 / (Planck.R2 * (raw + Planck.O))) + Planck.F)) - 273.15;
        Assert.Equal(expected, converter.ToCelsius(raw), 1e-9);
    }

    [Fact]
    public void ABlackBodySignalConvertsBackToItsTemperature()
    {
        var converter = new RadiometricConverter(Planck, AtmosphericConstants.FlirDefault, new RadiometricParameters(1, 0, 20, 20, 20, 1, 0.5));

        Assert.Equal(65.0, converter.ToCelsius(converter.RawFromCelsius(65.0)), 1e-9);
    }

    [Fact]
    public void LowerEmissivityMakesAWarmObjectHotter()
    {
        var atmosphere = AtmosphericConstants.FlirDefault;
        var black = new RadiometricConverter(Planck, atmosphere, new RadiometricParameters(1, 5, 20, 20, 20, 1, 0.5));
        var grey = new RadiometricConverter(Planck, atmosphere, new RadiometricParameters(0.7, 5, 20, 20, 20, 1, 0.5));
        var raw = black.RawFromCelsius(60);

        Assert.True(grey.ToCelsius(raw) > black.ToCelsius(raw) + 5);
    }

    [Fact]
    public void TransmissionFallsWithDistanceAndHumidity()
    {
        var a = AtmosphericConstants.FlirDefault;

        Assert.Equal(1.0, RadiometricConverter.Transmission(a, 0, 20, 0.5), 1e-12);
        Assert.True(RadiometricConverter.Transmission(a, 100, 20, 0.5) < RadiometricConverter.Transmission(a, 10, 20, 0.5));
        Assert.True(RadiometricConverter.Transmission(a, 100, 30, 0.9) < RadiometricConverter.Transmission(a, 100, 30, 0.1));
    }

    [Fact]
    public void ImageConversionEqualsPixelConversion()
    {
        var converter = new RadiometricConverter(Planck, AtmosphericConstants.FlirDefault, new RadiometricParameters(0.95, 10, 15, 12, 20, 0.9, 0.4));
        ushort[] raw = [12000, 16206, 16206, 20000, 12001];
        var celsius = new float[raw.Length];

        converter.ToCelsius(raw, celsius);

        for (var i = 0; i < raw.Length; i++)
        {
            Assert.Equal(converter.ToCelsius(raw[i]), celsius[i], 1e-4);
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.2, 1.0)]
    [InlineData(0.9, 0.0)]
    public void ImpossibleParametersAreRejected(double emissivity, double windowTransmission)
    {
        var parameters = new RadiometricParameters(emissivity, 1, 20, 20, 20, windowTransmission, 0.5);

        Assert.Throws<ThermalFormatException>(() => new RadiometricConverter(Planck, AtmosphericConstants.FlirDefault, parameters));
    }
}
