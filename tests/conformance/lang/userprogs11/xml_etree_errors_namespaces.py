import xml.etree.ElementTree as ET
cases = ['<a></b>', '<a>\n  <b>\n</a>', '', '   ', 'abc<a/>', '<a/>junk', '<a/><b/>', '<a>&foo;</a>',
         '<a>x & y</a>', '<a', '<a b=1/>', '<a b="1" b="2"/>', '<a><b></a>', '<x:a/>', '<a>\n<b>text',
         '<a c="<"/>', '<?xml version="1.0"?>\n<!-- c -->\n<a/>\n<!-- after -->', '<a>\r\n</a>',
         '<a b="x\ny\tz"/>', '<1a/>', '<a></a >', '<a>]]></a>', '\n\n<a>', '<a>&#0;</a>',
         '<!DOCTYPE a [<!ENTITY me "Bob">]><a>&me;</a>', '<a><!-- x -- y --></a>',
         b'<?xml version="1.0" encoding="utf-8"?><a>\xc3\xa9</a>',
         '<r xmlns="urn:x" xmlns:p="urn:p"><p:c p:at="1" b="2">t&amp;&#65;&#x42;<![CDATA[<raw>]]></p:c>tail<!--c--><?pi data?></r>']
for s in cases:
    try:
        r = ET.fromstring(s)
        print(repr(s), 'OK', r.tag, r.attrib, repr(r.text), ET.tostring(r))
    except ET.ParseError as e:
        print(repr(s), type(e).__name__, e, e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))
ns = {'p': 'urn:p', 'x': 'urn:x'}
root = ET.fromstring(cases[-1])
print(root.find('p:c', ns).attrib, [e.tag for e in root.findall('{urn:p}c')], root.find('x:nothing', ns))
print(ET.tostring(root, encoding='unicode'))
ET.register_namespace('pp', 'urn:p')
print(ET.tostring(ET.fromstring('<r xmlns="urn:x"><c/></r>'), encoding='unicode', default_namespace='urn:x'))
e = ET.Element('a')
for f in [lambda: e[3], lambda: e.append('x'), lambda: e.insert(0, 1), lambda: e.extend('ab'),
          lambda: e.remove('x'), lambda: ET.SubElement('x', 'y'), lambda: ET.Element('a', 'x'),
          lambda: ET.Element(), lambda: ET.tostring(ET.Element('a', {'x': 1})), lambda: setattr(e, 'foo', 1),
          lambda: e.__delitem__(5), lambda: ET.tostring(e, method='nope')]:
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)
print(bool(e), len(e), e.get('x', 'dflt'), type(e).__name__, ET.iselement(e), ET.iselement('x'))
