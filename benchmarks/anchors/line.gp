# gnuplot anchor: the benchmark's simple line chart (11 points, a band, titles,
# Vietnamese text), 960x540 px.
# Usage: gnuplot -e "out='OUT.png'" line.gp    (OUT.svg selects the SVG terminal, OUT.pdf pdfcairo)
set encoding utf8
if (!exists("out")) out = "line.png"
if (strstrt(out, ".svg") > 0) {
    set terminal svg size 960,540 font "Noto Sans,11" fontscale 1.333 background "white"
} else {
    if (strstrt(out, ".pdf") > 0) {
        set terminal pdfcairo size 10in,5.625in font "Noto Sans,11"
    } else {
        set terminal pngcairo size 960,540 font "Noto Sans,11"
    }
}
set output out

$trade << EOD
2015 1.121
2016 0.823
2017 0.8929
2018 1.0
2019 1.15
2020 1.0
2021 1.37
2022 1.63
2023 1.6
2024 2.25
2025 2.98
EOD

set label 3 "Kim ngạch thương mại Việt Nam – Lào" at screen 0.01,0.955 font "Noto Sans Bold,15"
set label 4 "Tỷ USD, 2015–2025" at screen 0.07,0.895 font ",10" textcolor rgb "#555555"
set label 1 "Nguồn: Bộ Công Thương" at screen 0.01,0.02 font ",8" textcolor rgb "#555555"
set object 1 rect from graph 0, first 2.0 to graph 1, first 2.5 behind fillcolor rgb "#f2b134" fillstyle transparent solid 0.25 noborder
set label 2 "Mục tiêu" at 2015.1, 2.45 font ",9"
set xlabel "Năm"
set ylabel "Tỷ USD"
set xrange [2014.5:2025.5]
set yrange [0:3.5]
set xtics 2015, 1, 2025
set grid ytics lt 1 lc rgb "#dddddd" lw 0.8
set key top left reverse Left noenhanced
set border 3
set tics nomirror
set lmargin at screen 0.07
set rmargin at screen 0.98
set tmargin at screen 0.87
set bmargin at screen 0.14
plot $trade using 1:2 with linespoints linecolor rgb "#1f5fa8" linewidth 2 pointtype 7 pointsize 0.8 title "Kim ngạch"
