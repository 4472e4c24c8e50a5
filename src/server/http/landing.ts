const notices = {
  missing: `<p class="notice" role="status"><strong>The web app is not built.</strong> Run <code>npm start</code> (it builds the app, then serves it) or <code>npm run build:web</code>, then reload. The API below works without it.</p>
<p class="notice" lang="zh-CN"><strong>网页应用尚未构建。</strong>请运行 <code>npm start</code>（先构建再启动）或 <code>npm run build:web</code>，然后刷新。下面的 API 不受影响。</p>`,
} as const;

/** The page at `/` when the web app is not built: what Andon is, where the API lives, how to build the app. */
export function landingPage(notice: keyof typeof notices | null): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Andon · 按灯</title>
<style>
  body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6; color: #1b1b1b; }
  h1 { margin-bottom: 0.2rem; } .lamp { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 50%; background: #c62828; margin-right: 0.4rem; }
  a { color: #0b57d0; } code { background: #f1f1f1; padding: 0 0.25rem; border-radius: 3px; }
  .notice { border-left: 4px solid #8a5a00; background: #fff8e1; padding: 0.5rem 0.75rem; }
</style>
</head>
<body>
<h1><span class="lamp" aria-hidden="true"></span>Andon · 按灯</h1>
${notice === null ? '' : notices[notice]}
<p>When the same target gets the same complaint from two or more different customers, pull the cord: the target goes off sale at once, work orders open for supplier management and quality, and the agent earns a reward.</p>
<p lang="zh-CN">同一对象、同样的问题、被两个以上不同客户投诉：立即按灯下架，同时生成供应商检查和根因分析工单，一线客服获得奖励。</p>
<ul>
  <li><a href="/api/v1/docs">API documentation · API 文档</a></li>
  <li><a href="/api/v1/openapi.json">OpenAPI 3.1 document</a></li>
  <li>Is a target on sale? <code>GET /api/v1/status/{ref}</code></li>
</ul>
</body>
</html>
`;
}
