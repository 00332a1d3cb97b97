"""The spec expression language: integers, field names, arithmetic, comparisons, logic, ``in``.

Kept tiny on purpose so the generator can print it as C++ and a run-time interpreter can evaluate
it without surprises. Grammar (lowest to highest precedence)::

    expr   := or ('?' expr ':' expr)?
    or     := and (('||' | 'or') and)*
    and    := cmp (('&&' | 'and') cmp)*
    cmp    := bit (('=='|'!='|'<'|'<='|'>'|'>=') bit | 'in' '(' expr (',' expr)* ')')?
    bit    := shift (('&'|'|'|'^') shift)*
    shift  := sum (('<<'|'>>') sum)*
    sum    := prod (('+'|'-') prod)*
    prod   := unary (('*'|'/'|'%') unary)*
    unary  := ('!'|'not'|'-') unary | atom
    atom   := INT | NAME ('.' NAME)? | '(' expr ')'

A NAME is a field of the same spec (its scaled value), ``flags.df`` is one flag of a flags field,
and ``parent_len`` is the number of bytes the parent layer gives this one.
"""

import re

_TOKEN = re.compile(r"""\s*(?:
    (?P<num>0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|<<|>>|&&|\|\||[-+*/%&|^<>!?:(),.])
)""", re.VERBOSE)

_BINARY = [
    ("||",), ("&&",), ("==", "!=", "<", "<=", ">", ">="), ("|", "^", "&"), ("<<", ">>"),
    ("+", "-"), ("*", "/", "%"),
]
_WORDS = {"or": "||", "and": "&&", "not": "!"}


class ExprError(Exception):
    pass


def _tokens(text):
    pos, out = 0, []
    text = str(text)
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExprError(f"cannot read expression {text!r} at {text[pos:]!r}")
        pos = m.end()
        if m.group("num"):
            out.append(("num", int(m.group("num"), 0)))
        elif m.group("name"):
            word = m.group("name")
            if word in _WORDS:
                out.append(("op", _WORDS[word]))
            elif word == "in":
                out.append(("op", "in"))
            else:
                out.append(("name", word))
        else:
            out.append(("op", m.group("op")))
    return out


class _Parser:
    def __init__(self, text):
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, op=None):
        tok = self.peek()
        if tok[0] is None or (op is not None and tok != ("op", op)):
            want = f"'{op}'" if op else "more"
            raise ExprError(f"expected {want} in expression {self.text!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.i != len(self.toks):
            raise ExprError(f"unexpected {self.toks[self.i][1]!r} in expression {self.text!r}")
        return node

    def expr(self):
        cond = self.binary(0)
        if self.peek() == ("op", "?"):
            self.take("?")
            yes = self.expr()
            self.take(":")
            no = self.expr()
            return ("cond", cond, yes, no)
        return cond

    def binary(self, level):
        if level == len(_BINARY):
            return self.unary()
        node = self.binary(level + 1)
        ops = _BINARY[level]
        while True:
            kind, val = self.peek()
            if kind == "op" and val in ops:
                self.take()
                node = ("bin", val, node, self.binary(level + 1))
            elif kind == "op" and val == "in" and "==" in ops:
                self.take()
                self.take("(")
                items = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take(",")
                    items.append(self.expr())
                self.take(")")
                node = ("in", node, items)
            else:
                return node

    def unary(self):
        kind, val = self.peek()
        if kind == "op" and val in ("!", "-"):
            self.take()
            return ("un", val, self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek() == ("op", "."):
                self.take(".")
                k2, member = self.take()
                if k2 != "name":
                    raise ExprError(f"expected a flag name after '{val}.' in {self.text!r}")
                return ("attr", val, member)
            return ("name", val)
        if (kind, val) == ("op", "("):
            node = self.expr()
            self.take(")")
            return node
        raise ExprError(f"unexpected {val!r} in expression {self.text!r}")


def parse(text):
    """Parses an expression (a str or an int) into a small tuple AST."""
    if isinstance(text, bool):
        raise ExprError(f"expected an expression, got {text!r}")
    if isinstance(text, int):
        return ("num", text)
    return _Parser(text).parse()


def names(node):
    """Yields every ("name", x) / ("attr", x, y) node in the AST."""
    kind = node[0]
    if kind in ("name", "attr"):
        yield node
    elif kind == "un":
        yield from names(node[2])
    elif kind == "bin":
        yield from names(node[2])
        yield from names(node[3])
    elif kind == "cond":
        for sub in node[1:]:
            yield from names(sub)
    elif kind == "in":
        yield from names(node[1])
        for item in node[2]:
            yield from names(item)


def to_cpp(node, resolve):
    """Prints the AST as a C++ expression of type std::int64_t; ``resolve`` maps names to C++."""
    kind = node[0]
    if kind == "num":
        return f"std::int64_t{{{node[1]}}}"
    if kind in ("name", "attr"):
        return resolve(node)
    if kind == "un":
        return f"({node[1]}{to_cpp(node[2], resolve)})"
    if kind == "bin":
        a, b = to_cpp(node[2], resolve), to_cpp(node[3], resolve)
        if node[1] in ("/", "%"):
            # Division by zero in a spec expression yields 0 rather than undefined behaviour.
            return f"jspcap::detail::safe_{'div' if node[1] == '/' else 'mod'}({a}, {b})"
        return f"static_cast<std::int64_t>({a} {node[1]} {b})"
    if kind == "cond":
        return (f"(({to_cpp(node[1], resolve)}) ? ({to_cpp(node[2], resolve)}) : "
                f"({to_cpp(node[3], resolve)}))")
    if kind == "in":
        lhs = to_cpp(node[1], resolve)
        items = ", ".join(to_cpp(i, resolve) for i in node[2])
        return f"static_cast<std::int64_t>(jspcap::detail::one_of({lhs}, {{{items}}}))"
    raise AssertionError(kind)


def to_text(node):
    """The expression as spec text (for documentation)."""
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "name":
        return node[1]
    if kind == "attr":
        return f"{node[1]}.{node[2]}"
    if kind == "un":
        return f"{node[1]}{to_text(node[2])}"
    if kind == "bin":
        return f"({to_text(node[2])} {node[1]} {to_text(node[3])})"
    if kind == "cond":
        return f"({to_text(node[1])} ? {to_text(node[2])} : {to_text(node[3])})"
    if kind == "in":
        return f"{to_text(node[1])} in ({', '.join(to_text(i) for i in node[2])})"
    raise AssertionError(kind)


def const_value(node):
    """The value of an expression with no names, or None."""
    if any(True for _ in names(node)):
        return None
    return evaluate(node, lambda n: 0)


def evaluate(node, lookup):
    """Evaluates with Python integers (C semantics for / and % on non-negative values)."""
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind in ("name", "attr"):
        return lookup(node)
    if kind == "un":
        v = evaluate(node[2], lookup)
        return int(not v) if node[1] == "!" else -v
    if kind == "cond":
        return evaluate(node[2] if evaluate(node[1], lookup) else node[3], lookup)
    if kind == "in":
        v = evaluate(node[1], lookup)
        return int(any(v == evaluate(i, lookup) for i in node[2]))
    a, b = evaluate(node[2], lookup), evaluate(node[3], lookup)
    op = node[1]
    if op in ("/", "%") and b == 0:
        return 0
    return {
        "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
        "/": lambda: int(a / b), "%": lambda: a - int(a / b) * b,
        "&": lambda: a & b, "|": lambda: a | b, "^": lambda: a ^ b,
        "<<": lambda: a << b, ">>": lambda: a >> b,
        "==": lambda: int(a == b), "!=": lambda: int(a != b), "<": lambda: int(a < b),
        "<=": lambda: int(a <= b), ">": lambda: int(a > b), ">=": lambda: int(a >= b),
        "&&": lambda: int(bool(a) and bool(b)), "||": lambda: int(bool(a) or bool(b)),
    }[op]()
