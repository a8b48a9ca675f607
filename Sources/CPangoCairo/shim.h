#ifndef TRADECHART_CPANGOCAIRO_SHIM_H
#define TRADECHART_CPANGOCAIRO_SHIM_H
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#endif
