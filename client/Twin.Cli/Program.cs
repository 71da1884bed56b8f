using Twin.Cli;

return await TwinCommandLine.RunAsync(args);
