using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// What the IDE's lightbulb does: finds the code fix providers in the project's analyzer references (RefOrder
    /// ships its fixes in RefOrder.CodeFixes.dll, next to the analyzers), asks them for actions at a diagnostic, and
    /// computes the solution an action would produce. Applying stays in memory: the workspace is never changed.
    /// </summary>
    internal static class Lightbulb
    {
        public static IReadOnlyList<CodeFixProvider> FixProviders(Project project) =>
            project.AnalyzerReferences
                .Where(Squiggles.IsRefOrder)
                .OfType<AnalyzerFileReference>()
                .SelectMany(reference => reference.GetAssembly().GetExportedTypes())
                .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)
                    && type.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any(a => a.Languages.Contains(project.Language)))
                .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
                .ToList();

        public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            foreach (var provider in FixProviders(document.Project).Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), default));
            }

            return actions;
        }

        /// <summary>The solution the action would leave: the one its ApplyChangesOperation carries.</summary>
        public static async Task<Solution> PreviewAsync(CodeAction action)
        {
            var operations = await action.GetOperationsAsync(default);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }
    }
}
