#include "model/fields/message_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::PartialEmoji);
HIKARI_MODEL_JSON(hikari::Embed);
HIKARI_MODEL_JSON(hikari::Attachment);
HIKARI_MODEL_JSON(hikari::Reaction);
HIKARI_MODEL_JSON(hikari::Component);
HIKARI_MODEL_JSON(hikari::Poll);
HIKARI_MODEL_JSON(hikari::MessageReference);
HIKARI_MODEL_JSON(hikari::MessageInteractionMetadata);
HIKARI_MODEL_JSON(hikari::MessageSnapshot);
HIKARI_MODEL_JSON(hikari::Message);
HIKARI_MODEL_JSON(hikari::SnapshotMessage);
