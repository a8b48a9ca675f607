# gnuplot anchor: a long line from a generated CSV (header `x,y`), 960x540 px PNG.
# Usage: gnuplot -e "data='DATA.csv'; out='OUT.png'" line_1m.gp
set encoding utf8
set terminal pngcairo size 960,540 font "Noto Sans,11"
set output out
set datafile separator comma
set title "Chuỗi dài (x, y)" left
set xlabel "x"
set ylabel "y"
set key off
plot data skip 1 using 1:2 with lines linecolor rgb "#1f5fa8" linewidth 1
