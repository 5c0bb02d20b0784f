#include "model/fields/guild_join_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::GuildJoinRequest);
HIKARI_MODEL_JSON(hikari::GuildHomeSettings);
