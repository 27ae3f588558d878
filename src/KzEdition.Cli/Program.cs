using KzEdition.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, interactive: CliApp.IsInteractiveTerminal());
