import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Tech &amp; Things</title>
    <link>https://example.org/</link>
    <atom:link href="https://example.org/feed" rel="self"/>
    <item>
      <title>Python 3.11 released</title>
      <dc:creator>Pablo</dc:creator>
      <category>python</category>
      <category>release</category>
      <pubDate>2022-10-24</pubDate>
      <description><![CDATA[Faster <b>CPython</b>!]]></description>
    </item>
    <item>
      <title>Understanding XML namespaces</title>
      <dc:creator>Ann</dc:creator>
      <category>xml</category>
      <pubDate>2023-01-05</pubDate>
      <description>Prefixes &lt;map&gt; to URIs.</description>
    </item>
    <item>
      <title>Generators in depth</title>
      <dc:creator>Pablo</dc:creator>
      <category>python</category>
      <pubDate>2023-03-17</pubDate>
    </item>
  </channel>
</rss>
"""

NS = {'dc': 'http://purl.org/dc/elements/1.1/', 'atom': 'http://www.w3.org/2005/Atom'}

root = ET.fromstring(FEED)
channel = root.find('channel')
print('Feed:', channel.findtext('title'), '|', root.get('version'))
print('Self link:', channel.find('atom:link', NS).attrib)

authors = Counter()
categories = Counter()
for n, item in enumerate(channel.iterfind('item'), 1):
    title = item.findtext('title')
    author = item.findtext('dc:creator', namespaces=NS)
    when = datetime.strptime(item.findtext('pubDate'), '%Y-%m-%d')
    cats = [c.text for c in item.findall('category')]
    desc = item.findtext('description', default='(none)')
    authors[author] += 1
    categories.update(cats)
    print(f'{n}. {title:<32} {author:>6} {when:%d %b %Y} {",".join(cats):<16} {desc!r}')

print('Authors:', authors.most_common())
print('Categories:', sorted(categories.items()))
print('Python items:', [i.findtext('title') for i in channel.findall("item[category='python']")])
print('Last item:', channel.find('item[last()]').findtext('title'))
print('All tags:', sorted({e.tag for e in root.iter()}))

# build a summary document
summary = ET.Element('summary', {'source': channel.findtext('link')})
for author, count in sorted(authors.items()):
    ET.SubElement(summary, 'author', name=author, posts=str(count))
notes = ET.SubElement(summary, 'notes')
notes.text = 'generated <automatically> & "quoted"'
ET.indent(summary)
print(ET.tostring(summary, encoding='unicode'))
print(ET.tostring(summary, encoding='utf-8', xml_declaration=True).decode())

# namespaced output
entry = ET.Element('{http://www.w3.org/2005/Atom}entry')
ET.SubElement(entry, '{http://www.w3.org/2005/Atom}title').text = 'Hello'
ET.SubElement(entry, '{http://purl.org/dc/elements/1.1/}creator').text = 'Ann'
print(ET.tostring(entry, encoding='unicode'))
ET.register_namespace('atom', 'http://www.w3.org/2005/Atom')
print(ET.tostring(entry, encoding='unicode'))
print(ET.tostring(entry, encoding='unicode', default_namespace='http://www.w3.org/2005/Atom')
      if False else 'skip')

for bad in ['<rss><channel></rss>', '<rss>\n  <item>\n</rss>', '<a b="1>', 'plain text']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        line, col = err.position
        print(f'{bad!r}: {err} (code {err.code}) ->', bad.splitlines()[line - 1][:col] + '<<HERE')
