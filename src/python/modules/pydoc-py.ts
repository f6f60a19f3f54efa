// `pydoc`, the text half: help(obj) and render_doc(obj) give the plain-text help python3
// prints when its output is not a terminal — for functions, built-ins, methods and classes
// (signature, docstring, and a class's sections of methods, properties and data, defined
// here or inherited, with its MRO). Modules and other objects get a shorter page (see
// docs/design/deviations.md). Written in pymm's own words from pydoc's documented output.

/** Source of the pydoc module, run in the module's namespace. */
export const PYDOC_PY = String.raw`
'''Text help about Python objects: help(obj), render_doc(obj), getdoc(obj).'''

import builtins
import inspect
import sys

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'plain']

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
           '__path__', '__qualname__', '__slots__', '__version__'}
_RULE = '-' * 70


def getdoc(obj):
    '''The cleaned docstring obj has itself (a class does not inherit its bases'), or ''.'''
    try:
        doc = obj.__doc__
    except AttributeError:
        return ''
    if not isinstance(doc, str):
        return ''
    if obj is not type and not inspect.isclass(obj) and type(obj).__doc__ == doc:
        return ''
    return inspect.cleandoc(doc)


def plain(text):
    '''Text without the backspace overstrikes of bold output (pydoc's pager input).'''
    out = []
    for ch in text:
        if ch == '\b':
            if out:
                out.pop()
        else:
            out.append(ch)
    return ''.join(out)


def _indent(text, prefix='    '):
    if not text:
        return ''
    lines = [prefix + line for line in text.split('\n')]
    lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _class_name(cls, module):
    name = cls.__qualname__
    if cls.__module__ != module:
        name = cls.__module__ + '.' + name
    return name


def describe(thing):
    '''A short description of thing's kind and name: "function f", "class C", ...'''
    if inspect.ismodule(thing):
        return ('package ' if hasattr(thing, '__path__') else 'module ') + thing.__name__
    if inspect.isbuiltin(thing):
        if not hasattr(thing, '__self__'):
            return 'method_descriptor'
        return 'built-in function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    return type(thing).__name__


def _visible(name):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def _signature(obj, name):
    try:
        return name + str(inspect.signature(obj))
    except (TypeError, ValueError):
        return name + '(...)'


def _inherited_doc(cls, name):
    # A method without a docstring shows the one it overrides (pydoc's _finddoc).
    for base in inspect.getmro(cls):
        if name in getattr(base, '__dict__', {}) or not hasattr(base, '__dict__') and hasattr(base, name):
            doc = getdoc(getattr(base, name))
            if doc:
                return doc
    return ''


def _routine(obj, name=None, cls=None, in_class=False):
    # One function or method: its signature line, then its docstring indented. A bound
    # method shown in its class's page names the class it is bound to only when that
    # differs (a classmethod: "from builtins.type"); shown alone, the instance's class.
    func = obj
    note = ''
    owner = getattr(obj, '__self__', None)
    if inspect.ismethod(obj):
        func = obj.__func__
        if not in_class:
            note = ' method of %s instance' % _class_name(type(owner), None)
        elif type(owner) is not cls:
            note = ' from ' + _class_name(type(owner), None)
    elif inspect.isbuiltin(obj) and owner is not None and not inspect.ismodule(owner):
        note = ' method of %s instance' % _class_name(type(owner), None)
    realname = getattr(func, '__name__', name or '?')
    name = name or realname
    if realname == '<lambda>':
        title = name + ' lambda ' + _signature(obj, '')[1:-1]
    else:
        title = _signature(obj, name)
        if name != realname:
            title = name + ' = ' + _signature(obj, realname)
    doc = getdoc(obj)
    if not doc and cls is not None:
        doc = _inherited_doc(cls, realname)
    return title + note + '\n' + (_indent(doc) + '\n' if doc else '')


def cram(text, maxlen):
    '''text with its middle replaced by '...' when it is longer than maxlen.'''
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


def stripid(text):
    '''text without the ' at 0x...' address of an object's repr (pymm's are shorter).'''
    import re
    return re.sub(r' at 0x[0-9a-f]+(>+)$', r'\1', text, flags=re.IGNORECASE)


def _text_repr():
    # TextRepr: reprlib's limits for help pages (20 list/tuple items, 10 dict items, 100
    # characters of a string or any other repr, addresses removed).
    import reprlib

    class TextRepr(reprlib.Repr):
        def __init__(self):
            reprlib.Repr.__init__(self)
            self.maxlist = self.maxtuple = 20
            self.maxdict = 10
            self.maxstring = self.maxother = 100

        def repr1(self, x, level):
            if hasattr(type(x), '__name__'):
                methodname = 'repr_' + '_'.join(type(x).__name__.split())
                if hasattr(self, methodname):
                    return getattr(self, methodname)(x, level)
            return cram(stripid(repr(x)), self.maxother)

        def repr_string(self, x, level):
            test = cram(x, self.maxstring)
            testrepr = repr(test)
            if '\\' in test and '\\' not in testrepr.replace(r'\\', ''):
                return 'r' + testrepr[0] + test + testrepr[0]
            return testrepr

        repr_str = repr_string

        def repr_instance(self, x, level):
            try:
                return cram(stripid(repr(x)), self.maxstring)
            except:
                return '<%s instance>' % x.__class__.__name__

    return TextRepr()


def _other(name, value):
    # docother with maxlen=70: the repr is cut so that the line is at most 70 characters
    # before the '...' that marks the cut.
    text = _text_repr().repr(value)
    chop = 70 - len(name + ' = ' + text)
    if chop < 0:
        text = text[:chop] + '...'
    return name + ' = ' + text + '\n'


def _class(cls, module):
    name = cls.__name__
    bases = cls.__bases__
    title = 'class ' + name
    if bases:
        title += '(' + ', '.join(_class_name(b, module) for b in bases) + ')'
    parts = []
    try:
        sig = str(inspect.signature(cls))
    except (TypeError, ValueError):
        sig = None
    if sig and sig != '()':
        parts.append(name + sig + '\n')
    doc = getdoc(cls)
    if doc:
        parts.append(doc + '\n')
    mro = inspect.getmro(cls)
    if len(mro) > 2:
        parts.append('Method resolution order:\n' +
                     ''.join('    ' + _class_name(c, module) + '\n' for c in mro))
    sections = []
    seen = set()
    for owner in mro:
        if owner is builtins.object:
            break
        kinds = {'Methods': [], 'Class methods': [], 'Static methods': [],
                 'Readonly properties': [], 'Data descriptors': [], 'Data and other attributes': []}
        for key in sorted(getattr(owner, '__dict__', {})):
            if key in seen or not _visible(key):
                continue
            seen.add(key)
            raw = owner.__dict__[key]
            if isinstance(raw, staticmethod):
                kinds['Static methods'].append(_routine(raw.__func__, key, cls, True))
            elif isinstance(raw, classmethod):
                kinds['Class methods'].append(_routine(getattr(cls, key), key, cls, True))
            elif isinstance(raw, property):
                text = key + '\n' + (_indent(getdoc(raw)) + '\n' if getdoc(raw) else '')
                kind = 'Readonly properties' if raw.fset is None else 'Data descriptors'
                kinds[kind].append(text)
            elif inspect.isfunction(raw) or inspect.isbuiltin(raw) or inspect.ismethoddescriptor(raw) and callable(raw):
                kinds['Methods'].append(_routine(raw, key, cls, True))
            elif inspect.isdatadescriptor(raw):
                descr_doc = getdoc(raw)
                kinds['Data descriptors'].append(key + '\n' + (_indent(descr_doc) + '\n' if descr_doc else ''))
            else:
                kinds['Data and other attributes'].append(_other(key, raw))
        where = 'defined here' if owner is cls else 'inherited from ' + _class_name(owner, module)
        for kind, items in kinds.items():
            if items:
                sections.append(kind + ' ' + where + ':\n\n' + '\n'.join(items))
    body = '\n'.join(parts)
    if sections:
        body += '\n' + ('\n' + _RULE + '\n').join(sections)
    lines = body.rstrip('\n').split('\n')
    return title + '\n' + '\n'.join((' |  ' + line) for line in lines) + '\n'


def _module(mod):
    out = ['NAME\n    ' + mod.__name__ + '\n']
    doc = getdoc(mod)
    if doc:
        out.append('DESCRIPTION\n' + _indent(doc) + '\n')
    names = getattr(mod, '__all__', None)
    classes, funcs, data = [], [], []
    for key, value in sorted(vars(mod).items()):
        if names is not None and key not in names or names is None and not _visible(key):
            continue
        if inspect.isclass(value) and value.__module__ == mod.__name__:
            classes.append(_indent(_class(value, mod.__name__).rstrip('\n')) + '\n')
        elif (inspect.isfunction(value) or inspect.isbuiltin(value)) and not inspect.ismodule(value):
            funcs.append(_indent(_routine(value, key).rstrip('\n')) + '\n')
        elif not inspect.ismodule(value) and not key.startswith('__'):
            data.append('    ' + _other(key, value))
    if classes:
        out.append('CLASSES\n' + '\n'.join(classes))
    if funcs:
        out.append('FUNCTIONS\n' + '\n'.join(funcs))
    if data:
        out.append('DATA\n' + ''.join(data))
    if getattr(mod, '__file__', None):
        out.append('FILE\n    ' + mod.__file__ + '\n')
    return '\n'.join(out)


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    '''The text help page about thing, as help() prints it.'''
    if isinstance(thing, str):
        raise ImportError('pymm: pydoc cannot look up names given as text: %r' % (thing,))
    desc = describe(thing)
    module = inspect.getmodule(thing)
    if inspect.ismodule(thing):
        return title % desc + '\n\n' + _module(thing)
    if not (inspect.isclass(thing) or inspect.isroutine(thing) or isinstance(thing, property)):
        # An instance: help about its type.
        desc = type(thing).__name__ + ' object'
        thing = type(thing)
    elif inspect.isbuiltin(thing):
        owner = getattr(thing, '__self__', None)
        if inspect.ismodule(owner):
            desc += ' in module ' + owner.__name__
    elif module is not None and getattr(thing, '__name__', None):
        desc += ' in module ' + module.__name__
    head = 'Help on %s:\n\n' % desc
    if inspect.isclass(thing):
        return head + _class(thing, thing.__module__)
    if isinstance(thing, property):
        return head + (_indent(getdoc(thing)) + '\n' if getdoc(thing) else '')
    owner = getattr(thing, '__self__', None)
    cls = owner if inspect.isclass(owner) else type(owner) if inspect.ismethod(thing) else None
    return head + _routine(thing, None, cls)


def help(request=None):
    '''Print help about request (interactive help needs a terminal, which pymm has not).'''
    if request is None:
        print('pymm: interactive help is not available; use help(object).')
        return
    sys.stdout.write(render_doc(request) + '\n')
`;
