from xml.dom import minidom
from xml.parsers.expat import ExpatError
import xml.dom

CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- product catalog -->
<catalog currency="EUR">
  <product sku="p-1" stock="4">
    <name>Desk lamp</name>
    <price>24.90</price>
    <tags><tag>home</tag><tag>light</tag></tags>
  </product>
  <product sku="p-2" stock="0">
    <name>Notebook &amp; pen</name>
    <price>3.50</price>
    <notes><![CDATA[ships in <2> days]]></notes>
  </product>
</catalog>
"""

doc = minidom.parseString(CATALOG)
root = doc.documentElement
print(root.tagName, root.getAttribute('currency'), [n.nodeName for n in doc.childNodes])

def text_of(node, tag):
    found = node.getElementsByTagName(tag)
    return found[0].firstChild.data if found and found[0].firstChild else None

for p in root.getElementsByTagName('product'):
    tags = [t.firstChild.nodeValue for t in p.getElementsByTagName('tag')]
    print(f"{p.getAttribute('sku'):<5} {text_of(p, 'name'):<16} {float(text_of(p, 'price')):>6.2f} "
          f"stock={int(p.getAttribute('stock'))} tags={tags} notes={text_of(p, 'notes')!r}")

elements = [n for n in root.childNodes if n.nodeType == n.ELEMENT_NODE]
print(len(root.childNodes), len(elements), repr(root.firstChild), root.firstChild.data.count('\n'))
print(elements[0].nextSibling is root.childNodes[2], elements[1].previousSibling.nodeType == xml.dom.Node.TEXT_NODE)

# edit: drop sold-out products, add a new one, change an attribute
for p in list(root.getElementsByTagName('product')):
    if p.getAttribute('stock') == '0':
        root.removeChild(p)
new = doc.createElement('product')
new.setAttribute('sku', 'p-3')
new.setAttribute('stock', '12')
name = doc.createElement('name')
name.appendChild(doc.createTextNode('Mug "classic" <large>'))
new.appendChild(name)
root.appendChild(new)
root.setAttribute('currency', 'USD')
root.insertBefore(doc.createComment(' restocked '), root.firstChild)
print(root.toxml())

# build a fresh document and pretty-print it
out = minidom.getDOMImplementation().createDocument(None, 'report', None)
top = out.documentElement
for sku, count in [('p-1', 4), ('p-3', 12)]:
    item = out.createElement('item')
    item.setAttribute('sku', sku)
    item.appendChild(out.createTextNode(str(count)))
    top.appendChild(item)
top.appendChild(out.createElement('empty'))
print(out.toprettyxml(indent='  '))
print(out.toprettyxml(indent='\t', newl='\n', encoding='utf-8').decode().splitlines()[0])
print(top.toxml(), top.childNodes.length, top.hasAttributes(), top.firstChild.attributes.items())

for bad in ['<a><b></a>', '<a x="1" x="2"/>', '<a>&nope;</a>', '<a>']:
    try:
        minidom.parseString(bad)
    except ExpatError as err:
        print(f'{bad!r}: {err} (line {err.lineno}, offset {err.offset}, code {err.code})')
try:
    out.appendChild(out.createElement('second'))
except xml.dom.HierarchyRequestErr as err:
    print('HierarchyRequestErr:', err)
print(minidom.parseString('<x/>').documentElement.getAttribute('missing') == '')
comment = doc.createComment('bad -- comment')
root.appendChild(comment)
try:
    root.toxml()
except ValueError as err:
    print('ValueError:', err)
print(int(root.getAttribute('stock')))
