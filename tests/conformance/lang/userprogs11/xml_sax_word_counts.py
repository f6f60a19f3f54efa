import xml.sax
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
from collections import Counter
import io

BOOK = b"""<?xml version="1.0" encoding="utf-8"?>
<book title="Short Stories">
  <chapter n="1" title="The Start">
    <p>It was a dark &amp; stormy night.</p>
    <p>The rain fell.</p>
  </chapter>
  <chapter n="2" title="Caf\xc3\xa9">
    <p>Morning came; the <em>caf\xc3\xa9</em> opened.</p>
  </chapter>
</book>"""


class BookHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.path = []
        self.words = Counter()
        self.chapters = []
        self.buffer = []

    def startDocument(self):
        print('-- begin --')

    def startElement(self, name, attrs):
        self.path.append(name)
        if name == 'chapter':
            self.chapters.append((int(attrs['n']), attrs.getValue('title'), attrs.getLength()))
        print('  ' * (len(self.path) - 1) + f'<{name}> {sorted(attrs.items())}')

    def characters(self, content):
        if self.path and self.path[-1] in ('p', 'em'):
            self.buffer.append(content)

    def endElement(self, name):
        if name == 'p':
            text = ''.join(self.buffer)
            self.buffer.clear()
            self.words.update(w.strip('.;&').lower() for w in text.split() if w.strip('.;&'))
            print('  ' * len(self.path) + repr(text))
        self.path.pop()

    def endDocument(self):
        print('-- end --')


handler = BookHandler()
xml.sax.parseString(BOOK, handler)
print(handler.chapters)
print(handler.words.most_common(4))

parser = xml.sax.make_parser()
counter = BookHandler()
parser.setContentHandler(counter)
for i in range(0, len(BOOK), 40):
    parser.feed(BOOK[i:i + 40])
parser.close()
print(counter.words == handler.words, sum(counter.words.values()))

print(escape('<a href="x">&</a>'), escape('x > y', {'x': 'ex'}), unescape('&lt;tag&gt; &amp;amp;'))
print(quoteattr('plain'), quoteattr('say "hi"'), quoteattr('it\'s "both"'), quoteattr('tab\there'))

out = io.StringIO()
gen = XMLGenerator(out, encoding='utf-8', short_empty_elements=True)
gen.startDocument()
gen.startElement('summary', {'chapters': str(len(handler.chapters))})
for n, title, _ in handler.chapters:
    gen.startElement('chapter', {'n': str(n), 'title': title})
    gen.endElement('chapter')
gen.characters('words & more')
gen.endElement('summary')
gen.endDocument()
print(out.getvalue())

for bad in [b'<book><p></book>', b'<book>&nbsp;</book>', b'<a b="1" b="2"/>', b'']:
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as err:
        print(f'{bad!r}: {err} | line {err.getLineNumber()} col {err.getColumnNumber()} | {err.getMessage()}')
print(issubclass(xml.sax.SAXParseException, xml.sax.SAXException), xml.sax.handler.feature_namespaces)
print(type(xml.sax.SAXParseException('m', None, None) if False else 0), xml.sax.SAXParseException.__module__)
print(handler.chapters[3])
