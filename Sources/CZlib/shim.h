#ifndef TRADECHART_CZLIB_SHIM_H
#define TRADECHART_CZLIB_SHIM_H
#include <zlib.h>
#endif
