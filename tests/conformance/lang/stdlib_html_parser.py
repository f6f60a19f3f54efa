# html.parser.HTMLParser: the handler calls for tags, attributes, data, comments, declarations,
# references (converted or not), script/style text, input fed in pieces, getpos, subclasses.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entity', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown', data))


doc = '''<!DOCTYPE html>
<html lang="en"><head><title>T&amp;C &copy; 2024</title>
<style>p > a { color: red }</style>
<script type="text/javascript">if (a < b && c) { x = "</p>"; }</script></head>
<body class='main page' data-x=1 hidden>
<!-- a comment -->
<p>Hello, <b>world</b>!<br/><img src="a.png" alt="&quot;quoted&quot;" /></p>
<?xml-stylesheet href="s.css"?><![CDATA[raw <data>]]>
<a HREF="/x?a=1&amp;b=2">link</a> &#65;&#x42; &unknown; &lt 3 < 4
</body></html>'''

for conv in (True, False):
    p = Recorder(convert_charrefs=conv)
    p.feed(doc)
    p.close()
    print('convert_charrefs =', conv)
    for e in p.events:
        print('  ', e)
    print('  pos', p.getpos())

p = Recorder()
for piece in ['<di', 'v cla', 'ss="a">te', 'xt &am', 'p; more</d', 'iv><!-', '- c -', '->']:
    p.feed(piece)
p.close()
print(p.events)

p = Recorder()
p.feed('unfinished <a href="x"')
print(p.events, repr(p.rawdata))
p.close()
print(p.events)
p = Recorder(convert_charrefs=False)
p.feed('&amp')
p.close()
print(p.events)


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


c = LinkCollector()
c.feed('<ul><li><a href="/one">One</a></li><li><A Href=two>Two</a></li><li><a>none</a></ul>')
print(c.links, c.text)
base = HTMLParser()
base.feed('<p>ignored</p>')
base.close()
print(base.getpos(), base.get_starttag_text(), HTMLParser.CDATA_CONTENT_ELEMENTS)
base.reset()
print(base.getpos(), repr(base.rawdata))
