using System.Runtime.Versioning;

// The process tests send POSIX signals and check Unix file modes: this suite runs on Linux (as CI does).
[assembly: SupportedOSPlatform("linux")]
