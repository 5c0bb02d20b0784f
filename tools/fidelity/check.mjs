// The fidelity check: a discord.js bot (a Discord library nobody here wrote) against a running
// hikari-sandbox. Every check prints PASS or FAIL; the exit code is 0 only if all passed.
//
//   node check.mjs --url http://127.0.0.1:PORT [--token TOKEN] [--timeout SECONDS]
//                  [--compression none,zlib-stream] [--shards N] [--verbose]
//
// (or SANDBOX_URL, SANDBOX_TOKEN in the environment). The script starts nothing: see
// scripts/fidelity.sh, which starts the sandbox, runs this and stops it.
//
// The full list of checks runs once per gateway compression mode. discord.js asks for
// zlib-stream only when zlib-sync is installed, so the mode is forced through ws.buildStrategy.
// Then one client runs N shards (--shards, default 2; 1 skips it).

import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import process from 'node:process';

import {
  Client,
  CompressionMethod,
  Events,
  GatewayIntentBits,
  RESTEvents,
  Routes,
  SimpleShardingStrategy,
} from 'discord.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.SANDBOX_URL },
    token: { type: 'string', default: process.env.SANDBOX_TOKEN ?? 'sandbox-token' },
    timeout: { type: 'string', default: '90' },
    compression: { type: 'string', default: 'none,zlib-stream' },
    shards: { type: 'string', default: '2' },
    verbose: { type: 'boolean', default: false },
  },
});
if (!args.url) {
  console.error('usage: node check.mjs --url http://127.0.0.1:PORT [--token TOKEN]');
  process.exit(2);
}
const base = args.url.replace(/\/+$/, '');
const token = args.token;
const modes = args.compression.split(',').filter(Boolean);

const results = [];
let currentMode = '';

function report(name, ok, detail) {
  const line = `${ok ? 'PASS' : 'FAIL'} [${currentMode}] ${name}${detail ? ` - ${detail}` : ''}`;
  results.push({ name: `[${currentMode}] ${name}`, ok, detail });
  console.log(line);
}

function summary() {
  const failed = results.filter(r => !r.ok);
  console.log(`\n${results.length - failed.length}/${results.length} checks passed`);
  for (const r of failed) console.log(`  failed: ${r.name}: ${r.detail}`);
  return failed.length === 0 && results.length > 0;
}

// Never hang: whatever discord.js or the sandbox does, the process ends.
const globalTimer = setTimeout(() => {
  report('global timeout', false, `the check did not finish within ${args.timeout} s`);
  summary();
  process.exit(1);
}, Number(args.timeout) * 1000);

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function sameSet(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  const missing = e.filter(x => !a.includes(x));
  const extra = a.filter(x => !e.includes(x));
  assert(
    missing.length === 0 && extra.length === 0,
    `${what}: ${missing.length} missing (${missing.slice(0, 3).join(', ')}), ${extra.length} unexpected (${extra
      .slice(0, 3)
      .join(', ')})`,
  );
}

/** The sandbox's control API (/_sandbox/...), which needs no token. */
async function control(method, path, body) {
  const response = await fetch(`${base}/_sandbox${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} /_sandbox${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Wait until a sandbox statistic says so (the sandbox's own view of the connection). */
async function until(what, predicate, ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Records every emitted event of interest from the moment the client exists, so a check can
 * wait for an event that may already have arrived before the REST call that caused it returned.
 */
class Recorder {
  constructor(emitter, names) {
    this.events = new Map(names.map(n => [n, []]));
    this.waiters = [];
    for (const name of names) {
      emitter.on(name, (...eventArgs) => {
        this.events.get(name).push(eventArgs);
        for (const waiter of [...this.waiters]) waiter(name, eventArgs);
      });
    }
  }

  /** Resolves with the arguments of the first `name` event (past or future) that matches. */
  wait(name, predicate = () => true, ms = 10_000) {
    const past = this.events.get(name).find(eventArgs => predicate(...eventArgs));
    if (past) return Promise.resolve(past);
    let waiter;
    const promise = new Promise(resolve => {
      waiter = (eventName, eventArgs) => {
        if (eventName === name && predicate(...eventArgs)) resolve(eventArgs);
      };
      this.waiters.push(waiter);
    });
    return withTimeout(promise, ms, `the ${name} event`).finally(() => {
      this.waiters = this.waiters.filter(w => w !== waiter);
    });
  }

  count(name) {
    return this.events.get(name).length;
  }
}

async function check(name, body, { ms = 20_000 } = {}) {
  const started = Date.now();
  try {
    const detail = await withTimeout(Promise.resolve().then(body), ms, name);
    report(name, true, `${detail ?? ''}${detail ? ', ' : ''}${Date.now() - started} ms`);
    return true;
  } catch (error) {
    report(name, false, error?.stack && args.verbose ? error.stack : String(error?.message ?? error));
    return false;
  }
}

function textChannels(guild) {
  return guild.channels.filter(c => c.type === 0);
}

/**
 * Each client is a new IDENTIFY; the sandbox (like Discord) allows one per 5 s per
 * max_concurrency bucket and discord.js only spaces the identifies of one manager.
 */
async function identifyWindow() {
  const stats = await control('GET', '/gateway/stats');
  const last = stats.identifies.at(-1);
  if (last) await sleep(Math.max(0, last.time + 5200 - Date.now()));
}

async function runMode(compression, isLastMode) {
  currentMode = compression;
  const world = await control('GET', '/world'); // the previous mode banned a member
  const debug = [];
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMembers,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.GuildMessageReactions,
      GatewayIntentBits.GuildModeration,
    ],
    rest: { api: `${base}/api`, version: '10' },
    ws: {
      // discord.js picks zlib-stream whenever zlib-sync is installed; force the mode under test.
      buildStrategy: manager => {
        manager.options.compression = compression === 'none' ? null : CompressionMethod.ZlibStream;
        return new SimpleShardingStrategy(manager);
      },
    },
  });
  client.on(Events.Debug, line => {
    debug.push(line);
    if (args.verbose) console.log(`  debug: ${line}`);
  });
  client.on(Events.Error, error => console.log(`  discord.js error: ${error?.message ?? error}`));
  const events = new Recorder(client, [
    Events.ClientReady,
    Events.MessageCreate,
    Events.MessageUpdate,
    Events.MessageDelete,
    Events.MessageReactionAdd,
    Events.GuildRoleCreate,
    Events.GuildRoleUpdate,
    Events.GuildRoleDelete,
    Events.ChannelCreate,
    Events.ChannelUpdate,
    Events.ChannelDelete,
    Events.ChannelPinsUpdate,
    Events.InteractionCreate,
    Events.GuildBanAdd,
    Events.GuildBanRemove,
    Events.GuildMemberRemove,
    Events.ShardResume,
    Events.ShardReconnecting,
    Events.ShardDisconnect,
    Events.Invalidated,
  ]);
  const responses = [];
  client.rest.on(RESTEvents.Response, (request, response) => {
    responses.push({ method: request.method, path: request.path, status: response.status });
  });
  let proactiveWaits = 0;
  client.rest.on(RESTEvents.RateLimited, () => ++proactiveWaits);
  const count429 = () => responses.filter(r => r.status === 429).length;

  const botId = world.bot.id;
  const [g0, g1] = world.guilds;
  const [c0, , c2] = textChannels(g0);
  const c1 = textChannels(g1 ?? g0)[0];

  await identifyWindow();

  const loggedIn = await check('login: READY, client.user matches GET /users/@me', async () => {
    const ready = events.wait(Events.ClientReady, () => true, 20_000);
    await client.login(token);
    await ready;
    const me = await client.rest.get(Routes.user());
    assert(client.user.id === me.id, `client.user.id ${client.user.id} != /users/@me ${me.id}`);
    assert(client.user.id === botId, `client.user.id ${client.user.id} != world bot ${botId}`);
    assert(client.user.username === me.username, 'username differs');
    assert(client.user.bot === true, 'client.user.bot is not true');
    assert(client.application?.id === world.application_id, 'READY application id differs');
    const transport = debug.find(l => l.includes('compression:')) ?? '';
    const wanted = compression === 'none' ? 'compression: none' : 'compression: zlib-stream';
    assert(transport.includes(wanted), `discord.js reports "${transport.trim()}" instead of "${wanted}"`);
    return `bot ${client.user.tag}, ${wanted}`;
  });
  if (!loggedIn) {
    await client.destroy().catch(() => {});
    return;
  }

  await check('GUILD_CREATE: every guild of the world, with its channels', async () => {
    sameSet(client.guilds.cache.keys(), world.guilds.map(g => g.id), 'guild ids');
    for (const g of world.guilds) {
      const guild = client.guilds.cache.get(g.id);
      assert(guild.available, `guild ${g.id} is unavailable`);
      assert(guild.name === g.name, `guild ${g.id} name "${guild.name}" != "${g.name}"`);
      sameSet(guild.channels.cache.keys(), g.channels.map(c => c.id), `channels of ${g.id}`);
      assert(guild.members.me?.id === botId, `the bot's own member is missing from ${g.id}`);
    }
    return `${client.guilds.cache.size} guilds`;
  });

  const channel = client.channels.cache.get(c0.id);
  let sent;
  await check('channel.send(): REST message arrives as messageCreate', async () => {
    sent = await channel.send(`fidelity ${compression} hello`);
    assert(sent.author.id === botId, 'the created message is not authored by the bot');
    const [message] = await events.wait(Events.MessageCreate, m => m.id === sent.id);
    assert(message.content === sent.content, `gateway content "${message.content}" != "${sent.content}"`);
    assert(message.channelId === c0.id && message.guildId === g0.id, 'channel or guild id differs');
    return `message ${sent.id}`;
  });

  await check('message.edit(): messageUpdate', async () => {
    assert(sent, 'no message to edit');
    const edited = await sent.edit('fidelity edited');
    assert(edited.editedTimestamp, 'the edited message has no edited_timestamp');
    const [, after] = await events.wait(Events.MessageUpdate, (_, m) => m.id === sent.id);
    assert(after.content === 'fidelity edited', `update content is "${after.content}"`);
    assert(after.editedTimestamp, 'MESSAGE_UPDATE carries no edited_timestamp');
  });

  await check('message.react(): messageReactionAdd, then the reaction list', async () => {
    assert(sent, 'no message to react to');
    await sent.react('👍');
    const [reaction, user] = await events.wait(
      Events.MessageReactionAdd,
      (r, u) => r.message.id === sent.id && u.id === botId,
    );
    assert(reaction.emoji.name === '👍', `emoji is "${reaction.emoji.name}"`);
    const users = await reaction.users.fetch();
    assert(users.has(botId), 'GET reactions does not list the bot');
    return `${user.username} reacted ${reaction.emoji.name}`;
  });

  await check('reacting with an unknown emoji: 400 Unknown Emoji (10014)', async () => {
    // Reactions allow one PUT per 250 ms per channel, and discord.js moves a route to a new,
    // empty queue when it first learns the route's bucket hash, so a second reaction sent
    // right after the first on the same channel gets a 429 (from Discord too). Another
    // channel is another bucket.
    const other = client.channels.cache.get(c1.id);
    const [target] = (await other.messages.fetch({ limit: 1, cache: false })).values();
    assert(target, `no message in ${c1.id}`);
    await target.react('<:not_here:123456789012345678>').then(
      () => {
        throw new Error('reacting with an unknown custom emoji succeeded');
      },
      error => assert(error.status === 400 && error.code === 10014, `got ${error.status}/${error.code}: ${error.message}`),
    );
  });

  await check('message.delete(): messageDelete', async () => {
    assert(sent, 'no message to delete');
    await sent.delete();
    await events.wait(Events.MessageDelete, m => m.id === sent.id);
    await channel.messages.fetch({ message: sent.id, force: true }).then(
      () => {
        throw new Error('the deleted message can still be fetched');
      },
      error => assert(error.status === 404 && error.code === 10008, `fetch gave ${error.status}/${error.code}`),
    );
  });

  await check('guild.members.fetch(): every member of the world', async () => {
    const guild = client.guilds.cache.get(g0.id);
    const members = await guild.members.fetch({ time: 10_000 });
    sameSet(members.keys(), g0.members, `members of ${g0.id}`);
    const sample = members.find(m => !m.user.bot);
    assert(sample?.joinedTimestamp, 'a member has no joined_at');
    return `${members.size} members`;
  });

  await check('roles: create, edit, delete with their gateway events', async () => {
    const guild = client.guilds.cache.get(g0.id);
    const role = await guild.roles.create({
      name: 'fidelity',
      colors: { primaryColor: 0x3366ff },
      hoist: true,
      reason: 'check',
    });
    assert(role.color === 0x3366ff, `POST roles answered colour ${role.color}`);
    const [created] = await events.wait(Events.GuildRoleCreate, r => r.id === role.id);
    assert(created.name === 'fidelity' && created.hoist, 'GUILD_ROLE_CREATE differs');
    assert(created.colors.primaryColor === 0x3366ff, `GUILD_ROLE_CREATE colour ${created.colors.primaryColor}`);
    const edited = await role.edit({ name: 'fidelity-2', mentionable: true, colors: { primaryColor: 0xff0000 } });
    assert(edited.name === 'fidelity-2' && edited.color === 0xff0000, 'PATCH answered another role');
    const [, after] = await events.wait(Events.GuildRoleUpdate, (_, r) => r.id === role.id);
    assert(after.name === 'fidelity-2' && after.mentionable && after.color === 0xff0000, 'GUILD_ROLE_UPDATE differs');
    await role.delete('check');
    await events.wait(Events.GuildRoleDelete, r => r.id === role.id);
    assert(!guild.roles.cache.has(role.id), 'the deleted role is still cached');
    const fetched = await guild.roles.fetch(undefined, { force: true });
    assert(!fetched.has(role.id), 'GET roles still lists the deleted role');
    assert(fetched.has(g0.id), 'GET roles lacks @everyone');
    return `role ${role.id}`;
  });

  await check('bans: create with a reason (audit log header), fetch, remove', async () => {
    const guild = client.guilds.cache.get(g0.id);
    const target = g0.members.find(id => id !== botId && id !== guild.ownerId);
    const reason = `fidelity ${compression}: spam, 100% 🤖`;
    await guild.bans.create(target, { reason, deleteMessageSeconds: 0 });
    await events.wait(Events.GuildBanAdd, ban => ban.user.id === target);
    await events.wait(Events.GuildMemberRemove, member => member.id === target);
    const ban = await guild.bans.fetch({ user: target, force: true });
    assert(ban.reason === reason, `the ban reason reads "${ban.reason}"`);
    await guild.bans.remove(target);
    await events.wait(Events.GuildBanRemove, removed => removed.user.id === target);
    return `banned and unbanned ${ban.user.username}`;
  });

  await check('channel.messages.fetch(): history, newest first, before/after', async () => {
    const history = await channel.messages.fetch({ limit: 100, cache: false });
    assert(history.size > 0, 'empty history');
    const ids = [...history.keys()];
    const sorted = [...ids].sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : BigInt(b) < BigInt(a) ? -1 : 0));
    assert(ids.join() === sorted.join(), 'history is not newest first');
    assert(!history.has(sent?.id), 'history still holds the deleted message');
    const [newest, second] = ids;
    const older = await channel.messages.fetch({ limit: 2, before: newest, cache: false });
    assert(older.first()?.id === second, 'before= does not start at the next older message');
    const newer = await channel.messages.fetch({ limit: 2, after: second, cache: false });
    assert(newer.has(newest) && !newer.has(second), 'after= is wrong');
    return `${history.size} messages`;
  });

  let userMessage;
  await check('simulated user message (POST /_sandbox/messages) arrives as messageCreate', async () => {
    const posted = await control('POST', '/messages', {
      channel_id: c0.id,
      content: `a user says hi in ${compression}`,
    });
    const [message] = await events.wait(Events.MessageCreate, m => m.id === posted.id);
    assert(!message.author.bot && message.author.id !== botId, 'the message author is the bot');
    assert(message.content === posted.content, `content "${message.content}" (MESSAGE_CONTENT intent?)`);
    assert(message.member?.id === message.author.id, 'no member on a guild message');
    userMessage = message;
    return `from ${message.author.username}`;
  });

  await check('message.reply(): a REST reply with a message reference', async () => {
    assert(userMessage, 'no user message to reply to');
    const reply = await userMessage.reply('pong');
    const [message] = await events.wait(Events.MessageCreate, m => m.id === reply.id);
    assert(message.reference?.messageId === userMessage.id, 'the reply has no message_reference');
    assert(message.mentions.repliedUser?.id === userMessage.author.id, 'the replied user is not mentioned');
  });

  await check('attachments and embeds: a multipart send', async () => {
    const message = await channel.send({
      content: 'with a file',
      files: [{ attachment: Buffer.from('hello'), name: 'fidelity.txt' }],
      embeds: [{ title: 'Fidelity', description: 'an embed' }],
    });
    const [created] = await events.wait(Events.MessageCreate, m => m.id === message.id);
    const file = created.attachments.first();
    assert(created.attachments.size === 1 && file.name === 'fidelity.txt', 'the attachment is missing');
    assert(file.size === 5, `attachment size ${file.size}`);
    assert(created.embeds[0]?.title === 'Fidelity', 'the embed is missing');
    return file.url;
  });

  await check('pins: pin, fetchPins, unpin with channelPinsUpdate', async () => {
    const message = await channel.send('pin me');
    const pinsBefore = events.count(Events.ChannelPinsUpdate);
    await message.pin();
    await events.wait(Events.ChannelPinsUpdate, () => events.count(Events.ChannelPinsUpdate) > pinsBefore);
    const { items } = await channel.messages.fetchPins();
    assert(items[0]?.message.id === message.id, 'fetchPins does not start with the new pin');
    assert(items[0].pinnedTimestamp > 0 && items[0].message.pinned, 'the pin has no pinned_at');
    await message.unpin();
    const after = await channel.messages.fetchPins();
    assert(!after.items.some(p => p.message.id === message.id), 'the unpinned message is still listed');
  });

  await check('webhooks: create, execute (messageCreate), edit, delete', async () => {
    const hook = await channel.createWebhook({ name: `fidelity ${compression}` });
    const sentByHook = await hook.send({ content: 'from a webhook', username: 'Hooky' });
    const [created] = await events.wait(Events.MessageCreate, m => m.id === sentByHook.id);
    assert(created.webhookId === hook.id, 'the message has no webhook_id');
    assert(created.author.username === 'Hooky', `author is ${created.author.username}`);
    const edited = await hook.edit({ name: 'renamed hook' });
    assert(edited.name === 'renamed hook', 'webhook.edit() did not rename');
    await hook.delete();
    const left = await channel.fetchWebhooks();
    assert(!left.has(hook.id), 'the deleted webhook is still listed');
  });

  await check('channels: create, edit, setPosition, delete with their events', async () => {
    const guild = client.guilds.cache.get(g0.id);
    const created = await guild.channels.create({ name: `fidelity-${compression}`, topic: 'made by discord.js' });
    await events.wait(Events.ChannelCreate, c => c.id === created.id);
    const edited = await created.edit({ topic: 'edited' });
    assert(edited.topic === 'edited', 'channel.edit() lost the topic');
    await events.wait(Events.ChannelUpdate, (_, c) => c.id === created.id && c.topic === 'edited');
    await created.setPosition(0);
    await events.wait(Events.ChannelUpdate, (_, c) => c.id === created.id && c.rawPosition === 0);
    await created.delete();
    await events.wait(Events.ChannelDelete, c => c.id === created.id);
    assert(!guild.channels.cache.has(created.id), 'the deleted channel is still cached');
  });

  await check('slash command: interactionCreate (control API), reply, followUp, editReply', async () => {
    const commands = await client.application.commands.set([{ name: 'ping', description: 'Ping the bot' }]);
    assert(commands.size === 1 && commands.first().name === 'ping', 'commands.set() did not register');
    const posted = await control('POST', '/interactions', { channel_id: c0.id, name: 'ping' });
    const [interaction] = await events.wait(Events.InteractionCreate, i => i.id === posted.id);
    assert(interaction.isChatInputCommand() && interaction.commandName === 'ping', 'not the ping command');
    assert(interaction.channelId === c0.id && interaction.member, 'no channel or member');
    await interaction.reply('pong');
    const reply = await interaction.fetchReply();
    assert(reply.content === 'pong', `the original response says "${reply.content}"`);
    const follow = await interaction.followUp('and again');
    await events.wait(Events.MessageCreate, m => m.id === follow.id);
    const edited = await interaction.editReply('pong!');
    assert(edited.content === 'pong!', 'editReply() did not edit');
    return `command ${commands.first().id}`;
  });

  if (isLastMode) {
    await check(
      'rate limits: 20 quick sends on one channel finish without a 429',
      async () => {
        const burst = client.channels.cache.get(c2?.id ?? c1.id);
        const before429 = count429();
        const beforeStats = (await control('GET', '/stats')).rest.rate_limited;
        const started = Date.now();
        const messages = await Promise.all(Array.from({ length: 20 }, (_, i) => burst.send(`burst ${i}`)));
        const elapsed = Date.now() - started;
        for (const m of messages) await events.wait(Events.MessageCreate, x => x.id === m.id);
        const afterStats = (await control('GET', '/stats')).rest.rate_limited;
        assert(count429() === before429, `discord.js received ${count429() - before429} 429 answers`);
        assert(afterStats === beforeStats, `the sandbox served ${afterStats - beforeStats} 429s`);
        assert(proactiveWaits > 0, 'discord.js never waited for a bucket: were the headers read?');
        // 5 per 5 s: 20 messages cannot go faster than three full windows.
        assert(elapsed > 14_000, `20 sends took only ${elapsed} ms: the bucket was not enforced`);
        return `${elapsed} ms, ${proactiveWaits} waits announced by discord.js`;
      },
      { ms: 40_000 },
    );
  }

  await check('RECONNECT (op 7): discord.js resumes (shardResume) and misses nothing', async () => {
    const resumesBefore = events.count(Events.ShardResume);
    const sandboxResumes = (await control('GET', '/gateway/stats')).resumes;
    await control('POST', '/gateway/reconnect', {});
    // Posted while discord.js reconnects: delivered live or replayed on RESUME.
    const posted = await control('POST', '/messages', { channel_id: c1.id, content: 'during reconnect' });
    await events.wait(Events.ShardResume, () => events.count(Events.ShardResume) > resumesBefore);
    await events.wait(Events.MessageCreate, m => m.id === posted.id);
    await until('the sandbox to count the resume', async () => (await control('GET', '/gateway/stats')).resumes > sandboxResumes);
  });

  await check('close 4000: discord.js resumes and gets the dispatches it missed', async () => {
    const resumesBefore = events.count(Events.ShardResume);
    await control('POST', '/gateway/close', { code: 4000 });
    const posted = await control('POST', '/messages', { channel_id: c1.id, content: 'after 4000' });
    await events.wait(Events.ShardResume, () => events.count(Events.ShardResume) > resumesBefore);
    const [message] = await events.wait(Events.MessageCreate, m => m.id === posted.id);
    assert(message.content === 'after 4000', 'the replayed message differs');
    const identifies = (await control('GET', '/gateway/stats')).identifies.length;
    assert(events.count(Events.Invalidated) === 0, 'the session was invalidated');
    return `${identifies} identifies in total`;
  });

  await check('INVALID_SESSION (resumable): discord.js resumes', async () => {
    const resumesBefore = events.count(Events.ShardResume);
    const identifies = (await control('GET', '/gateway/stats')).identifies.length;
    await control('POST', '/gateway/invalid_session', { resumable: true });
    await events.wait(Events.ShardResume, () => events.count(Events.ShardResume) > resumesBefore);
    const after = (await control('GET', '/gateway/stats')).identifies.length;
    assert(after === identifies, 'discord.js identified again instead of resuming');
  });

  await check('a connection dropped without a close frame is resumed', async () => {
    const resumesBefore = events.count(Events.ShardResume);
    await control('POST', '/gateway/close', {});
    const posted = await control('POST', '/messages', { channel_id: c1.id, content: 'after a drop' });
    await events.wait(Events.ShardResume, () => events.count(Events.ShardResume) > resumesBefore);
    await events.wait(Events.MessageCreate, m => m.id === posted.id);
  });

  await check('heartbeats: a server-requested heartbeat (op 1) is answered and ACKed', async () => {
    const before = (await control('GET', '/gateway/stats')).heartbeats;
    await control('POST', '/gateway/request_heartbeat', {});
    await until('the sandbox to count the heartbeat', async () => (await control('GET', '/gateway/stats')).heartbeats > before);
    // discord.js measures its ping from the ACK that answers the heartbeat.
    await until('discord.js to measure a ping', async () => client.ws.ping >= 0);
    return `ping ${client.ws.ping} ms, ${(await control('GET', '/gateway/stats')).heartbeats} heartbeats in all`;
  });

  let injected429 = 0;
  await check('injected faults: a 429 and two 502s are retried by discord.js', async () => {
    const before429 = count429();
    await control('POST', '/rest/faults', { count: 1, status: 429, retry_after: 0.3 });
    const started = Date.now();
    const afterLimit = await channel.send('after an injected 429');
    const waited = Date.now() - started;
    injected429 = count429() - before429;
    assert(injected429 === 1, `discord.js saw ${injected429} 429s`);
    // Retry-After is whole seconds (rounded up), which discord.js honours.
    assert(waited >= 900, `the retry came after ${waited} ms, before Retry-After`);
    await control('POST', '/rest/faults', { count: 2, status: 502 });
    const afterErrors = await channel.send('after two injected 502s');
    const statuses = responses.slice(-3).map(r => r.status).join(', ');
    assert(statuses === '502, 502, 200', `answers were ${statuses}`);
    await events.wait(Events.MessageCreate, m => m.id === afterErrors.id);
    const { rest } = await control('GET', '/stats');
    assert(rest.pending_faults === 0, `${rest.pending_faults} faults left`);
    return `retried after ${waited} ms; ${afterLimit.id}`;
  });

  await check('no 429 answers during the whole run', async () => {
    assert(count429() === injected429, `${count429() - injected429} responses were 429`);
    return `${responses.length} REST responses`;
  });

  await check('client.destroy(): the sandbox sees the connection close', async () => {
    await client.destroy();
    await until('the sandbox to drop the connection', async () => {
      const s = await control('GET', '/gateway/stats');
      return s.connections === 0;
    });
    // discord.js closes with 1000, which ends the session on Discord: nothing is resumable.
    const { sessions } = await control('GET', '/gateway/stats');
    assert(sessions.length === 0, `${sessions.length} sessions are still resumable`);
  });
}

/**
 * Several shards in one discord.js client: the guilds split by (guild_id >> 22) % shard_count,
 * discord.js's identify throttle against the sandbox's 5 s identify window, and a dispatch
 * routed to the shard that owns its guild.
 */
async function runSharded(world, shardCount) {
  currentMode = `${shardCount} shards`;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: { api: `${base}/api`, version: '10' },
    shards: [...Array(shardCount).keys()],
    shardCount,
  });
  client.on(Events.Error, error => console.log(`  discord.js error: ${error?.message ?? error}`));
  const events = new Recorder(client, [Events.ClientReady, Events.MessageCreate, Events.Invalidated]);
  const shardOf = id => Number((BigInt(id) >> 22n) % BigInt(shardCount));
  await identifyWindow();

  const ready = await check(
    'login: every shard READY',
    async () => {
      const readyEvent = events.wait(Events.ClientReady, () => true, 15_000 + 6_000 * shardCount);
      await client.login(token);
      await readyEvent;
      const { identifies } = await control('GET', '/gateway/stats');
      const ours = identifies.slice(-shardCount);
      sameSet(ours.map(i => String(i.shard)), [...Array(shardCount).keys()].map(String), 'identified shards');
      assert(ours.every(i => i.shard_count === shardCount), 'a shard identified with another shard count');
      const gaps = ours.slice(1).map((i, n) => Math.round(i.time - ours[n].time));
      assert(gaps.every(gap => gap >= 5000), `identifies ${gaps.join(', ')} ms apart`);
      return `identifies ${gaps.join(', ')} ms apart`;
    },
    { ms: 15_000 + 6_000 * shardCount },
  );
  if (ready) {
    await check('each guild arrives on the shard that owns it', async () => {
      sameSet(client.guilds.cache.keys(), world.guilds.map(g => g.id), 'guild ids');
      for (const guild of client.guilds.cache.values()) {
        assert(guild.shardId === shardOf(guild.id), `guild ${guild.id} on shard ${guild.shardId}, not ${shardOf(guild.id)}`);
      }
      const shards = new Set(client.guilds.cache.map(g => g.shardId));
      return `guilds on shards ${[...shards].sort().join(', ')}`;
    });

    await check('a message in each guild arrives through its own shard', async () => {
      for (const g of world.guilds) {
        const channel = textChannels(g)[0];
        const posted = await control('POST', '/messages', { channel_id: channel.id, content: `shard ${shardOf(g.id)}` });
        const [message] = await events.wait(Events.MessageCreate, m => m.id === posted.id);
        assert(message.guild.shardId === shardOf(g.id), 'the message came through another shard');
      }
      const { sessions } = await control('GET', '/gateway/stats');
      assert(sessions.length === shardCount && sessions.every(x => x.connected), 'not one session per shard');
    });
  }

  await check('client.destroy(): every shard closes', async () => {
    await client.destroy();
    await until('the sandbox to drop the connections', async () => (await control('GET', '/gateway/stats')).connections === 0);
    assert(events.count(Events.Invalidated) === 0, 'the session was invalidated');
  });
}

async function main() {
  let world;
  try {
    world = await control('GET', '/world');
  } catch (error) {
    currentMode = 'setup';
    report('reach the sandbox control API', false, String(error?.message ?? error));
    return false;
  }
  currentMode = 'auth';
  await check('a wrong token: 401 on GET /gateway/bot, discord.js reports TokenInvalid', async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: `${base}/api`, version: '10' } });
    try {
      await client.login('not-the-token').then(
        () => {
          throw new Error('login with a wrong token succeeded');
        },
        error => assert(error.code === 'TokenInvalid', `discord.js says ${error.code}: ${error.message}`),
      );
    } finally {
      await client.destroy();
    }
  });

  const require = createRequire(import.meta.url);
  for (const [index, mode] of modes.entries()) {
    if (mode !== 'none' && mode !== 'zlib-stream') {
      currentMode = mode;
      report('compression mode', false, 'discord.js speaks only none and zlib-stream');
      continue;
    }
    if (mode === 'zlib-stream') {
      try {
        require('zlib-sync');
      } catch (error) {
        currentMode = mode;
        report('zlib-sync is installed', false, `discord.js needs it for zlib-stream: ${error.message}`);
        continue;
      }
    }
    await runMode(mode, index === modes.length - 1);
  }
  const shardCount = Number(args.shards);
  if (shardCount > 1) await runSharded(world, shardCount);
  return summary();
}

const ok = await main();
clearTimeout(globalTimer);
process.exit(ok ? 0 : 1);
