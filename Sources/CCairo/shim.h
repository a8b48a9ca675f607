#ifndef TRADECHART_CCAIRO_SHIM_H
#define TRADECHART_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <zlib.h>
#endif
