# coding: utf-8
x = "éé"; y = 1 +
