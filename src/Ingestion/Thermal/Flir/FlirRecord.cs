using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>What one FLIR FFF record holds: camera calibration, the raw thermal image and, where present, GPS.</summary>
public sealed record FlirRecord(FffDirectory Directory, FlirCameraInfo CameraInfo, FlirRawImage RawImage, GpsPosition? Gps);
