// Builds the module's MAML help from module/docs; see README.md beside this file.
return SuggestionDesk.HelpBuilder.HelpBuilderCommand.Run(args, Console.Out, Console.Error);
