#include "model/fields/moderation_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::Invite);
HIKARI_MODEL_JSON(hikari::AutoModerationRule);
HIKARI_MODEL_JSON(hikari::Entitlement);
HIKARI_MODEL_JSON(hikari::AppSubscription);
HIKARI_MODEL_JSON(hikari::AutoModerationAction);
HIKARI_MODEL_JSON(hikari::AutoModerationTriggerMetadata);
