/**
 * Shell completion: `vendor-auth completion bash|zsh|fish` prints a small script that asks the CLI
 * itself (`vendor-auth __complete WORDS...`) for candidates, so commands, flags, permission and scope
 * names always match this build.
 */
import { UsageError, type Command, type Flag } from "./command.js";
import { globalFlags } from "./context.js";

const SCRIPTS: Record<string, string> = {
  bash: `# vendor-auth completion for bash: eval "$(vendor-auth completion bash)"
_vendor_auth() {
  local IFS=$'\\n'
  COMPREPLY=($(vendor-auth __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _vendor_auth vendor-auth
`,
  zsh: `#compdef vendor-auth
# vendor-auth completion for zsh: eval "$(vendor-auth completion zsh)"
_vendor_auth() {
  local -a candidates
  candidates=("\${(@f)$(vendor-auth __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -Q -S '' -- $candidates
}
compdef _vendor_auth vendor-auth
`,
  fish: `# vendor-auth completion for fish: vendor-auth completion fish | source
complete -c vendor-auth -f -a '(vendor-auth __complete (commandline -opc)[2..-1] (commandline -ct))'
`,
};

/** Candidates for the last (partial) word of `words`, typed after `vendor-auth`. */
export function complete(root: Command, words: readonly string[]): string[] {
  const partial = words.at(-1) ?? "";
  let command = root;
  let pending: Flag | undefined;
  for (const word of words.slice(0, -1)) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (word.startsWith("-")) {
      const flag = { ...globalFlags, ...command.flags }[word.replace(/^--?/, "")];
      if (flag?.type === "string" && !word.includes("=")) pending = flag;
      continue;
    }
    command = command.commands?.find((c) => c.name === word) ?? command;
  }
  if (pending) {
    // Comma-separated lists (--permissions) complete their last item.
    const head = partial.slice(0, partial.lastIndexOf(",") + 1);
    return (pending.choices?.() ?? []).map((choice) => head + choice).filter((c) => c.startsWith(partial));
  }
  if (partial.startsWith("-"))
    return Object.keys({ ...command.flags, ...globalFlags })
      .map((n) => `--${n}`)
      .filter((n) => n.startsWith(partial));
  return (command.commands ?? []).map((c) => c.name).filter((n) => n.startsWith(partial));
}

/** `vendor-auth completion <shell>` (the `__complete` callback is answered by `run()` itself). */
export const completionCommand: Command = {
  name: "completion",
  summary: "Print a shell completion script: bash, zsh or fish",
  args: ["SHELL"],
  examples: ['eval "$(vendor-auth completion bash)"   # in ~/.bashrc', "vendor-auth completion fish > ~/.config/fish/completions/vendor-auth.fish"],
  async run(ctx, { positionals }) {
    const script = SCRIPTS[positionals[0]!];
    if (!script) throw new UsageError(`no completion for "${positionals[0]}": choose bash, zsh or fish.`, ["vendor-auth", "completion"]);
    ctx.result({ shell: positionals[0], script }, () => script);
  },
};
