"""pymm's stand-in for textwrap: dedent and indent."""


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None or not indent.startswith(margin):
            if margin is not None and margin.startswith(indent):
                margin = indent
            elif margin is None:
                margin = indent
            else:
                common = ''
                for a, b in zip(margin, indent):
                    if a != b:
                        break
                    common += a
                margin = common
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        else:
            out.append(line[len(margin or ''):])
    return '\n'.join(out)


def indent(text, prefix):
    return ''.join(prefix + line if line.strip() else line for line in text.splitlines(True))
