<%@include file="/libs/sling-cms/global.jsp"%>
<body class="site">
    <sling:call script="/libs/sling-cms/components/editor/scripts/init.jsp" />
    <a class="site__skip" href="#inhoud"><fmt:message key="Skip to content" /></a>
    <header class="site__header">
        <div class="site__bar">
            <a class="site__brand" href="${sling:encode(site.path,'HTML_ATTR')}/index.html"><sling:encode value="${site.title}" mode="HTML" /></a>
            <fmt:message key="Main menu" var="menuLabel" />
            <nav class="site__nav" aria-label="${sling:encode(menuLabel,'HTML_ATTR')}">
                <ul>
                    <c:forEach var="child" items="${sling:listChildren(sling:getResource(resourceResolver, site.path))}">
                        <%-- a folder is shown through its index page: a folder itself stays unpublished, since a published
                             folder lets anonymous visitors read its whole tree, drafts included, as .infinity.json --%>
                        <c:set var="childContent" value="${sling:getRelativeResource(child, child.resourceType == 'sling:Page' ? 'jcr:content' : 'index/jcr:content')}" />
                        <c:if test="${childContent != null && (childContent.valueMap['sling:published'] || childContent.valueMap.published) && child.name != 'index' && !childContent.valueMap.hideInSitemap}">
                            <li><a href="${sling:encode(child.path,'HTML_ATTR')}${child.resourceType == 'sling:Page' ? '.html' : '/index.html'}"
                                <c:if test="${fn:startsWith(resource.path, child.path)}">aria-current="page"</c:if>><sling:encode value="${childContent.valueMap['jcr:title']}" mode="HTML" /></a></li>
                        </c:if>
                    </c:forEach>
                </ul>
            </nav>
        </div>
    </header>
    <main id="inhoud" class="site__main" tabindex="-1">
        <h1 class="site__title"><sling:encode value="${resource.valueMap['jcr:title']}" mode="HTML" /></h1>
        <sling:call script="content.jsp" />
    </main>
    <footer class="site__footer">
        <p><fmt:message key="Demo site with made-up data." /></p>
        <p><a href="${sling:encode(site.path,'HTML_ATTR')}/privacy.html"><fmt:message key="Privacy statement" /></a></p>
        <%-- the same site in the other language, named in that language: "alternateLanguageSite" of the site's home page
             (a sling:Site node takes no properties of its own) --%>
        <c:set var="swkOtherSite" value="${sling:getRelativeResource(sling:getResource(resourceResolver, site.path), 'index/jcr:content').valueMap.alternateLanguageSite}" />
        <c:if test="${not empty swkOtherSite}">
            <c:set var="swkOtherLanguage" value="${siteLanguage == 'en' ? 'nl' : 'en'}" />
            <p><a href="${sling:encode(swkOtherSite,'HTML_ATTR')}/index.html" lang="${swkOtherLanguage}" hreflang="${swkOtherLanguage}">${swkOtherLanguage == 'en' ? 'English' : 'Nederlands'}</a></p>
        </c:if>
    </footer>
    <sling:call script="/libs/sling-cms/components/editor/scripts/finalize.jsp" />
</body>
