// STUB: replaced by the lead within the hour.
#include "core/clip/ClipConfig.h"
