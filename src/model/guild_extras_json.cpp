#include "model/fields/guild_extras_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::StageInstance);
HIKARI_MODEL_JSON(hikari::GuildScheduledEvent);
HIKARI_MODEL_JSON(hikari::GuildScheduledEventException);
// Written into create_scheduled_event's body.
HIKARI_MODEL_JSON(hikari::RecurrenceRule);
HIKARI_MODEL_JSON(hikari::SoundboardSound);
HIKARI_MODEL_JSON(hikari::Webhook);
