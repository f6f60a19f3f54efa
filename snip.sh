# snip.sh file.py : compare per-unit stacksize
python3 ss_py.py $1 | sort > /tmp/mp3/sn_cp.txt; node ss_pm.mjs $1 | sort > /tmp/mp3/sn_pm.txt; diff sn_cp.txt sn_pm.txt
