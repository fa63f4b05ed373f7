using DroneInspect.Train.Native;
using TorchSharp;

var patched = TorchLoader.PrepareNativeLibrary();
Console.WriteLine("patched: " + string.Join(", ", patched));
torch.set_num_threads(2);
var a = torch.randn(3, 4);
var conv = torch.nn.Conv2d(3, 8, 3);
var y = conv.forward(torch.randn(1, 3, 16, 16));
Console.WriteLine(string.Join(",", y.shape) + " " + a.sum().item<float>());
