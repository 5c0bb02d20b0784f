#include "model/fields/user_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::User);
HIKARI_MODEL_JSON(hikari::AvatarDecorationData);
HIKARI_MODEL_JSON(hikari::UserPrimaryGuild);
