#include "model/fields/guild_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::Role);
HIKARI_MODEL_JSON(hikari::Emoji);
HIKARI_MODEL_JSON(hikari::Sticker);
HIKARI_MODEL_JSON(hikari::StickerItem);
HIKARI_MODEL_JSON(hikari::Member);
HIKARI_MODEL_JSON(hikari::Channel);
HIKARI_MODEL_JSON(hikari::ThreadMember);
HIKARI_MODEL_JSON(hikari::VoiceState);
HIKARI_MODEL_JSON(hikari::Activity);
HIKARI_MODEL_JSON(hikari::Presence);
HIKARI_MODEL_JSON(hikari::WelcomeScreen);
HIKARI_MODEL_JSON(hikari::Guild);
HIKARI_MODEL_JSON(hikari::UnavailableGuild);
HIKARI_MODEL_JSON(hikari::OwnGuild);
HIKARI_MODEL_JSON(hikari::IncidentsData);
HIKARI_MODEL_JSON(hikari::Ban);
HIKARI_MODEL_JSON(hikari::GuildPreview);
HIKARI_MODEL_JSON(hikari::VoiceChannelInfo);
