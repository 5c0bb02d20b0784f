#include "model/fields/interaction_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::ApplicationCommand);
HIKARI_MODEL_JSON(hikari::ApplicationCommandOptionChoice);
HIKARI_MODEL_JSON(hikari::ApplicationCommandOption);
HIKARI_MODEL_JSON(hikari::InteractionData);
HIKARI_MODEL_JSON(hikari::Interaction);
HIKARI_MODEL_JSON(hikari::GuildApplicationCommandPermissions);
HIKARI_MODEL_JSON(hikari::InteractionCallbackData);
HIKARI_MODEL_JSON(hikari::InteractionResponse);
