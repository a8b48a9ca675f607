/*
 * The benchmark "floor": the least a program can do to draw tradechart's simple line chart
 * (specs/simple-line.yaml: 960×540, 11 points with markers, a target band, title, subtitle, axis
 * caption, tick labels and source line in Vietnamese), calling Cairo and Pango directly, to PNG
 * (Cairo's own PNG writer) and SVG. tradechart's renderer is compared against this.
 *
 *   ./floor [output-prefix] [repetitions]   writes <prefix>.png and <prefix>.svg
 */
#include <cairo.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define W 960.0
#define H 540.0
#define N 11

/* The benchmark chart of specs/simple-line.yaml, laid out at the positions tradechart uses. */
static const double values[N] = {1.121, 0.823, 0.8929, 1.0, 1.15, 1.0, 1.37, 1.63, 1.6, 2.25, 2.98};

static void text(cairo_t *cr, PangoLayout *layout, const char *s, double x, double y, double anchor, double rotate) {
    pango_layout_set_text(layout, s, -1);
    PangoRectangle logical;
    pango_layout_get_extents(layout, NULL, &logical);
    double baseline = pango_layout_get_baseline(layout) / (double)PANGO_SCALE;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_rotate(cr, rotate);
    cairo_move_to(cr, -anchor * logical.width / (double)PANGO_SCALE, -baseline);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
}

static void set_font(PangoLayout *layout, const char *description) {
    PangoFontDescription *font = pango_font_description_from_string(description);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
}

static void draw(cairo_t *cr) {
    const double left = 45, right = 940, top = 110, bottom = 440, ymax = 3.0;
    double xs[N], ys[N];
    for (int i = 0; i < N; i++) {
        xs[i] = left + 40 + (right - left - 80) * i / (N - 1);
        ys[i] = bottom - (bottom - top) * values[i] / ymax;
    }
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);

    /* horizontal gridlines */
    cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
    cairo_set_line_width(cr, 1);
    for (int t = 1; t <= 6; t++) {
        double y = bottom - (bottom - top) * t * 0.5 / ymax;
        cairo_move_to(cr, left, y);
        cairo_line_to(cr, right, y);
    }
    cairo_stroke(cr);

    /* target band 2.0–2.5 */
    double b0 = bottom - (bottom - top) * 2.0 / ymax, b1 = bottom - (bottom - top) * 2.5 / ymax;
    cairo_rectangle(cr, left, b1, right - left, b0 - b1);
    cairo_set_source_rgba(cr, 0.0, 0.62, 0.45, 0.14);
    cairo_fill(cr);

    /* axis, line and markers */
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_move_to(cr, left, bottom);
    cairo_line_to(cr, right, bottom);
    cairo_stroke(cr);
    for (int i = 0; i < N; i++) {
        cairo_move_to(cr, xs[i], bottom);
        cairo_line_to(cr, xs[i], bottom + 5);
    }
    cairo_stroke(cr);
    cairo_move_to(cr, xs[0], ys[0]);
    for (int i = 1; i < N; i++) cairo_line_to(cr, xs[i], ys[i]);
    cairo_set_source_rgb(cr, 0.0, 0.45, 0.70);
    cairo_set_line_width(cr, 2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
    for (int i = 0; i < N; i++) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, xs[i], ys[i], 3.5, 0, 2 * G_PI);
    }
    cairo_fill(cr);

    /* text through Pango, hint metrics off like tradechart */
    PangoFontMap *map = pango_cairo_font_map_get_default();
    PangoContext *context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    PangoLayout *layout = pango_layout_new(context);

    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    set_font(layout, "Noto Sans, Noto Sans Lao Bold 20px");
    text(cr, layout, "Kim ngạch thương mại Việt Nam – Lào", 20, 40, 0, 0);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    set_font(layout, "Noto Sans, Noto Sans Lao 14px");
    text(cr, layout, "Tỷ USD, 2015–2025", 20, 65, 0, 0);
    set_font(layout, "Noto Sans, Noto Sans Lao 12px");
    text(cr, layout, "Kim ngạch, tỷ USD", 20, 94, 0, 0);
    static const char *yticks[] = {"0,0", "0,5", "1,0", "1,5", "2,0", "2,5", "3,0"};
    for (int t = 0; t <= 6; t++) text(cr, layout, yticks[t], left - 8, bottom - (bottom - top) * t * 0.5 / ymax + 4, 1, 0);
    char year[8];
    for (int i = 0; i < N; i++) {
        snprintf(year, sizeof year, "%d", 2015 + i);
        text(cr, layout, year, xs[i], bottom + 24, 0.5, 0);
    }
    text(cr, layout, "Năm", (left + right) / 2, bottom + 45, 0.5, 0);
    text(cr, layout, "Mục tiêu", left + 6, b1 + 17, 0, 0);
    set_font(layout, "Noto Sans, Noto Sans Lao 11px");
    text(cr, layout, "Nguồn: Bộ Công Thương", 20, H - 24, 0, 0);
    g_object_unref(layout);
    g_object_unref(context);
}

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int length) {
    (void)data;
    *(size_t *)closure += length;
    return CAIRO_STATUS_SUCCESS;
}

int main(int argc, char **argv) {
    const char *prefix = argc > 1 ? argv[1] : "floor";
    int repetitions = argc > 2 ? atoi(argv[2]) : 1;
    char path[4096];
    struct timespec t0, t1, t2;
    size_t bytes = 0;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int r = 0; r < repetitions; r++) {
        cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)W, (int)H);
        cairo_t *cr = cairo_create(surface);
        draw(cr);
        cairo_destroy(cr);
        if (r == 0) {
            snprintf(path, sizeof path, "%s.png", prefix);
            if (cairo_surface_write_to_png(surface, path) != CAIRO_STATUS_SUCCESS) {
                fprintf(stderr, "floor: cannot write %s\n", path);
                return 1;
            }
        } else {
            cairo_surface_write_to_png_stream(surface, discard, &bytes);
        }
        cairo_surface_destroy(surface);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    for (int r = 0; r < repetitions; r++) {
        cairo_surface_t *surface;
        if (r == 0) {
            snprintf(path, sizeof path, "%s.svg", prefix);
            surface = cairo_svg_surface_create(path, W, H);
        } else {
            surface = cairo_svg_surface_create_for_stream(discard, &bytes, W, H);
        }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
        cairo_t *cr = cairo_create(surface);
        draw(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "floor: cannot write svg\n");
            return 1;
        }
        cairo_surface_destroy(surface);
    }
    clock_gettime(CLOCK_MONOTONIC, &t2);
    double png = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    double svg = (t2.tv_sec - t1.tv_sec) * 1e3 + (t2.tv_nsec - t1.tv_nsec) / 1e6;
    fprintf(stderr, "floor: %d× png %.3f ms each, svg %.3f ms each (first includes font loading)\n", repetitions,
        png / repetitions, svg / repetitions);
    return 0;
}
