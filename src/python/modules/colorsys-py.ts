// The `colorsys` module: conversions between RGB and the YIQ, HLS and HSV colour systems,
// coordinates in [0, 1] (YIQ's I and Q signed), with CPython 3.11's formulas and constants.

/** Source of the colorsys module, run in the module's namespace. */
export const COLORSYS_PY = String.raw`
'''Conversions between RGB and YIQ, HLS and HSV; every coordinate is a float in [0, 1].'''

__all__ = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb', 'rgb_to_hsv', 'hsv_to_rgb']

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    '''(y, i, q) of an RGB colour (FCC NTSC coefficients).'''
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    return (luma, 0.74 * (r - luma) - 0.27 * (b - luma), 0.48 * (r - luma) + 0.41 * (b - luma))


def _unit(v):
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def yiq_to_rgb(y, i, q):
    '''The RGB colour of (y, i, q), each part clamped to [0, 1].'''
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_unit(red), _unit(green), _unit(blue))


def _hue(r, g, b, top, spread):
    '''The hue in [0, 1) of a colour whose largest part is top and range spread (> 0).'''
    rc, gc, bc = [(top - part) / spread for part in (r, g, b)]
    if top == r:
        turn = bc - gc
    elif top == g:
        turn = 2.0 + rc - bc
    else:
        turn = 4.0 + gc - rc
    return (turn / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    '''(hue, lightness, saturation) of an RGB colour.'''
    top, low = max(r, g, b), min(r, g, b)
    total, spread = top + low, top - low
    light = total / 2.0
    if low == top:
        return 0.0, light, 0.0
    # Above half lightness: 2 - top - low, not 2 - (top + low), as CPython (gh-106498).
    sat = spread / total if light <= 0.5 else spread / (2.0 - top - low)
    return _hue(r, g, b, top, spread), light, sat


def _ramp(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    '''The RGB colour of (hue, lightness, saturation).'''
    if s == 0.0:
        return l, l, l
    upper = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    lower = 2.0 * l - upper
    return (_ramp(lower, upper, h + ONE_THIRD), _ramp(lower, upper, h), _ramp(lower, upper, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    '''(hue, saturation, value) of an RGB colour.'''
    top, low = max(r, g, b), min(r, g, b)
    if low == top:
        return 0.0, 0.0, top
    spread = top - low
    return _hue(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    '''The RGB colour of (hue, saturation, value).'''
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    sector %= 6
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector]
`;
