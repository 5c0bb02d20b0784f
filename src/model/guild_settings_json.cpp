#include "model/fields/guild_settings_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::WidgetSettings);
HIKARI_MODEL_JSON(hikari::Widget);
HIKARI_MODEL_JSON(hikari::Onboarding);
HIKARI_MODEL_JSON(hikari::OnboardingPrompt);
HIKARI_MODEL_JSON(hikari::Sku);
