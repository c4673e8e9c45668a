namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>One item of a <c>textDocument/diagnostic</c> report: the rule, its 0-based start line, LSP severity and text.</summary>
    internal sealed record LspDiagnostic(string Code, int Line, int Severity, string Message)
    {
        public override string ToString() => $"{Code} at line {Line + 1} (severity {Severity}): {Message}";
    }
}
