# colorsys: round trips and exact values of the six conversions.
import colorsys

colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.2, 0.4, 0.6), (0.9, 0.1, 0.5), (0.3, 0.3, 0.31), (0.75, 0.5, 0.25), (0.6, 0.6, 0.2)]
for c in colors:
    hsv = colorsys.rgb_to_hsv(*c)
    hls = colorsys.rgb_to_hls(*c)
    yiq = colorsys.rgb_to_yiq(*c)
    print(c, hsv, hls, yiq)
    print("  ", colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
for h in (0.0, 0.1, 1 / 6, 0.25, 0.5, 2 / 3, 0.9, 1.0):
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.8, 0.4))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.0), colorsys.__all__)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.hsv_to_rgb(0.5, 1, 255))
