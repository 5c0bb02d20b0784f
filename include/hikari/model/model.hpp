#pragma once
// Every model of the Discord API and the functions that read and write them.

#include <hikari/model/application_command.hpp>
#include <hikari/model/auto_moderation.hpp>
#include <hikari/model/channel.hpp>
#include <hikari/model/component.hpp>
#include <hikari/model/embed.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/entitlement.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/guild_scheduled_event.hpp>
#include <hikari/model/interaction.hpp>
#include <hikari/model/invite.hpp>
#include <hikari/model/json_error.hpp>
#include <hikari/model/json_writer.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/poll.hpp>
#include <hikari/model/presence.hpp>
#include <hikari/model/role.hpp>
#include <hikari/model/soundboard.hpp>
#include <hikari/model/stage_instance.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/model/user.hpp>
#include <hikari/model/voice.hpp>
#include <hikari/model/webhook.hpp>
