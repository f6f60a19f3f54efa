import xml.parsers.expat as expat
events = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: events.append(('start', name, attrs))
p.EndElementHandler = lambda name: events.append(('end', name))
p.CharacterDataHandler = lambda data: events.append(('data', data))
p.CommentHandler = lambda c: events.append(('comment', c))
p.buffer_text = True
p.Parse('<?xml version="1.0"?><doc a="1"><!--hi--><item n="2">text &lt; more</item>\n</doc>', True)
for e in events:
    print(e)
p2 = expat.ParserCreate(namespace_separator=' ')
p2.StartNamespaceDeclHandler = lambda pfx, uri: print('ns', pfx, uri)
p2.StartElementHandler = lambda name, attrs: print('start', name, attrs)
p2.Parse(b'<r xmlns:q="urn:q"><q:x q:y="1"/></r>', True)
p3 = expat.ParserCreate()
try:
    p3.Parse('<a><b></a>', True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, expat.ErrorString(e.code), expat.errors.messages[e.code])
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.ErrorString(3))
