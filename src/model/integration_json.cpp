#include "model/fields/integration_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::Integration);
