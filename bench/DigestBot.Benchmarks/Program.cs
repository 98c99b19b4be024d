using DigestBot.Benchmarks;

// The soak's fake Discord and feed, in a process of their own (started by the soak itself).
if (args is [SoakFakes.Flag])
{
    return await SoakFakes.RunAsync();
}

// dotnet run -c Release --project bench/DigestBot.Benchmarks -- [--papers N] [--scenario ingest,search,…|all] [--snapshot FILE] [--note TEXT]
if (BenchOptions.Parse(args, out var error) is not { } options)
{
    Console.Error.WriteLine(error);
    return 2;
}

var (report, file) = await BenchRunner.RunAsync(options, Console.Error);
Console.WriteLine(report.Markdown());
Console.Error.WriteLine($"results written to {file}");
return report.Failures.Count == 0 ? 0 : 1;
