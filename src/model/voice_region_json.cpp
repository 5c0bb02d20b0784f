#include "model/fields/voice_region_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::VoiceRegion);
