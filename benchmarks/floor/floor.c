/*
 * The benchmark "floor": the least a program can do to draw tradechart's simple line chart,
 * calling Cairo and Pango directly (11 points, a translucent band, a title and two axis labels
 * in Vietnamese) to PNG and SVG. tradechart's renderer is compared against this.
 *
 *   ./floor [output-prefix] [repetitions]   writes <prefix>.png and <prefix>.svg
 */
#include <cairo.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define W 640.0
#define H 400.0
#define N 11

static const double values[N] = {1.02, 1.13, 1.25, 1.08, 1.34, 1.52, 1.71, 1.65, 2.21, 2.63, 2.98};

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

static void draw(cairo_t *cr) {
    const double left = 60, right = W - 20, top = 50, bottom = H - 50;
    double xs[N], ys[N];
    for (int i = 0; i < N; i++) {
        xs[i] = left + (right - left) * i / (N - 1);
        ys[i] = bottom - (bottom - top) * values[i] / 3.2;
    }
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);

    /* band: ±10 % around the line */
    cairo_move_to(cr, xs[0], bottom - (bottom - top) * values[0] * 1.1 / 3.2);
    for (int i = 1; i < N; i++) cairo_line_to(cr, xs[i], bottom - (bottom - top) * values[i] * 1.1 / 3.2);
    for (int i = N - 1; i >= 0; i--) cairo_line_to(cr, xs[i], bottom - (bottom - top) * values[i] * 0.9 / 3.2);
    cairo_close_path(cr);
    cairo_set_source_rgba(cr, 0.0, 0.45, 0.70, 0.2);
    cairo_fill(cr);

    /* axes and line */
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, left, top);
    cairo_line_to(cr, left, bottom);
    cairo_line_to(cr, right, bottom);
    cairo_stroke(cr);
    cairo_move_to(cr, xs[0], ys[0]);
    for (int i = 1; i < N; i++) cairo_line_to(cr, xs[i], ys[i]);
    cairo_set_source_rgb(cr, 0.0, 0.45, 0.70);
    cairo_set_line_width(cr, 2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);

    /* text through Pango, hint metrics off like tradechart */
    PangoFontMap *map = pango_cairo_font_map_get_default();
    PangoContext *context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *font = pango_font_description_from_string("Noto Sans, Noto Sans Lao Bold 18px");
    pango_layout_set_font_description(layout, font);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, layout, "Kim ngạch thương mại Việt Nam – Lào, 2015–2025", left, 32, 0, 0);
    pango_font_description_free(font);
    font = pango_font_description_from_string("Noto Sans, Noto Sans Lao 13px");
    pango_layout_set_font_description(layout, font);
    text(cr, layout, "Năm", (left + right) / 2, H - 15, 0.5, 0);
    text(cr, layout, "Tỷ USD", 20, (top + bottom) / 2, 0.5, -G_PI / 2);
    pango_font_description_free(font);
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
