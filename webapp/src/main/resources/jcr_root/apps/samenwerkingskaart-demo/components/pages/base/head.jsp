<%@include file="/libs/sling-cms/global.jsp"%>
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title><sling:encode value="${resource.valueMap['jcr:title']}" mode="HTML" /> | <sling:encode value="${site.title}" mode="HTML" /></title>
    <c:if test="${not empty resource.valueMap['jcr:description']}">
        <meta name="description" content="${sling:encode(resource.valueMap['jcr:description'],'HTML_ATTR')}" />
    </c:if>
    <link rel="icon" href="/static/samenwerkingskaart-demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/static/samenwerkingskaart-demo/site.css" />
</head>
